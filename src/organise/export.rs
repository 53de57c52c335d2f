//! Participant lists as files for the venue and badges: CSV (UTF-8 with a byte-order mark, so
//! spreadsheet programs read Latvian, Polish and Cyrillic names right) and Excel. Both have
//! the columns of `Participant::COLUMNS`, and a value from mail never becomes a formula.

use super::participants::Participant;

/// RFC 4180 quoting. A value that starts like a formula (`=`, `+`, `-`, `@`, tab, CR) is
/// prefixed with `'`, so a spreadsheet shows it instead of running it.
pub fn csv_field(value: &str) -> String {
    let formula = value.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let value = if formula {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// Header and one line per participant, CRLF line ends, with a byte-order mark.
pub fn csv(rows: &[Participant]) -> String {
    let mut out = String::with_capacity(128 + rows.len() * 200);
    out.push('\u{feff}');
    out.push_str(&Participant::COLUMNS.join(","));
    out.push_str("\r\n");
    for r in rows {
        let cells: Vec<String> = r.cells().iter().map(|c| csv_field(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// One sheet with a bold, frozen header row; every cell written as text except the idea count.
pub fn xlsx(rows: &[Participant]) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Participants")?;
    for (col, title) in Participant::COLUMNS.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, *title, &bold)?;
    }
    let last = Participant::COLUMNS.len() - 1;
    for (i, r) in rows.iter().enumerate() {
        let row = i as u32 + 1;
        for (col, text) in r.cells().iter().enumerate().take(last) {
            sheet.write_string(row, col as u16, text)?;
        }
        sheet.write_number(row, last as u16, r.ideas as f64)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofit();
    workbook.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str, org: &str) -> Participant {
        Participant {
            ideas: 2,
            ..Participant::example(name, Some(org))
        }
    }

    #[test]
    fn csv_quotes_commas_and_quotes_and_defuses_formulas() {
        assert_eq!(csv_field("Baltic, Wood"), "\"Baltic, Wood\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(csv_field("plain"), "plain");
        let text = csv(&[person("Jānis \"JB\" Bērziņš", "=HYPERLINK(\"x\")")]);
        assert!(text.starts_with("\u{feff}email,name,organisation,country,"));
        let line = text.lines().nth(1).unwrap();
        assert!(
            line.starts_with(
                "a@example.org,\"Jānis \"\"JB\"\" Bērziņš\",\"'=HYPERLINK(\"\"x\"\")\",LV,,lv,confirmed,,mail,,"
            ),
            "{line}"
        );
        assert!(line.ends_with(",2"));
    }

    #[test]
    fn the_workbook_is_a_zip_with_every_row() {
        let rows: Vec<Participant> = (0..3).map(|_| person("Дмитрий", "=1+1")).collect();
        let bytes = xlsx(&rows).unwrap();
        assert!(bytes.starts_with(b"PK"), "an xlsx file is a zip archive");
        assert!(bytes.len() > 1000);
    }
}
