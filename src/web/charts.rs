//! Charts drawn as SVG on the server: no JavaScript and no chart library, so a page prints and
//! works offline. Labels come from mail (organisation names, languages), so every text is
//! escaped here, and the output is marked safe for the templates only after that.

use std::fmt::Write;

use chrono::NaiveDate;

/// The drawing widths, close to the size each chart is shown at, so text keeps one size.
const LINE_WIDTH: f64 = 900.0;
const BAR_WIDTH: f64 = 440.0;

/// Text for SVG/HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A running total over days, as a filled line with the first and last day and the total.
pub fn cumulative_line(points: &[(NaiveDate, i64)], title: &str) -> String {
    const WIDTH: f64 = LINE_WIDTH;
    let height = 220.0;
    let (left, right, top, bottom) = (44.0, 16.0, 16.0, 28.0);
    let mut svg = open_svg(WIDTH, height, title);
    if points.is_empty() {
        let _ = write!(
            svg,
            r#"<text x="{}" y="{}" class="empty">No registrations yet</text></svg>"#,
            WIDTH / 2.0,
            height / 2.0
        );
        return svg;
    }
    let first = points[0].0;
    let last = points[points.len() - 1].0;
    let span = (last - first).num_days().max(1) as f64;
    let max = points.iter().map(|p| p.1).max().unwrap_or(1).max(1) as f64;
    let plot_w = WIDTH - left - right;
    let plot_h = height - top - bottom;
    let x = |d: NaiveDate| left + (d - first).num_days() as f64 / span * plot_w;
    let y = |n: i64| top + plot_h - n as f64 / max * plot_h;
    // A step line: the total holds until the next day with registrations.
    let mut path = format!("M{:.1},{:.1}", x(first), y(0));
    let mut previous = 0;
    for (day, total) in points {
        let _ = write!(
            path,
            " L{:.1},{:.1} L{:.1},{:.1}",
            x(*day),
            y(previous),
            x(*day),
            y(*total)
        );
        previous = *total;
    }
    let end_x = if points.len() == 1 {
        left + plot_w
    } else {
        x(last)
    };
    let _ = write!(path, " L{end_x:.1},{:.1}", y(previous));
    let area = format!("{path} L{end_x:.1},{:.1} Z", y(0));
    let _ = write!(
        svg,
        r#"<line class="axis" x1="{left}" y1="{b}" x2="{r}" y2="{b}"/><line class="grid" x1="{left}" y1="{top}" x2="{r}" y2="{top}"/><text class="tick" x="{tx}" y="{ty}" text-anchor="end">{max}</text><text class="tick" x="{tx}" y="{b}" text-anchor="end">0</text><path class="area" d="{area}"/><path class="line" d="{path}"/><text class="tick" x="{left}" y="{dy}">{first}</text><text class="tick" x="{r}" y="{dy}" text-anchor="end">{last}</text></svg>"#,
        b = top + plot_h,
        r = left + plot_w,
        tx = left - 6.0,
        ty = top + 4.0,
        max = max as i64,
        dy = height - 8.0,
        first = first.format("%-d %b"),
        last = last.format("%-d %b %Y"),
    );
    svg
}

/// Horizontal bars, largest first as given; the label and count sit on each bar.
pub fn bars(rows: &[(String, i64)], title: &str, max_rows: usize) -> String {
    const WIDTH: f64 = BAR_WIDTH;
    let row_h = 24.0;
    let label_w = 150.0;
    let shown: Vec<(String, i64)> = if rows.len() > max_rows {
        let mut v = rows[..max_rows - 1].to_vec();
        let rest: i64 = rows[max_rows - 1..].iter().map(|r| r.1).sum();
        v.push((format!("{} more", rows.len() - max_rows + 1), rest));
        v
    } else {
        rows.to_vec()
    };
    let height = (shown.len().max(1) as f64) * row_h + 8.0;
    let mut svg = open_svg(WIDTH, height, title);
    if shown.is_empty() {
        let _ = write!(
            svg,
            r#"<text x="{}" y="20" class="empty">Nothing yet</text></svg>"#,
            WIDTH / 2.0
        );
        return svg;
    }
    let max = shown.iter().map(|r| r.1).max().unwrap_or(1).max(1) as f64;
    let bar_space = WIDTH - label_w - 40.0;
    for (i, (label, n)) in shown.iter().enumerate() {
        let y = 4.0 + i as f64 * row_h;
        let w = (*n as f64 / max * bar_space).max(2.0);
        let _ = write!(
            svg,
            r#"<text class="label" x="{lx}" y="{ty}" text-anchor="end">{label}</text><rect class="bar" x="{label_w}" y="{by}" width="{w:.1}" height="{bh}" rx="3"/><text class="count" x="{cx:.1}" y="{ty}">{n}</text>"#,
            lx = label_w - 8.0,
            ty = y + 17.0,
            label = escape(&shorten(label, 22)),
            by = y + 3.0,
            bh = row_h - 8.0,
            cx = label_w + w + 6.0,
        );
    }
    svg.push_str("</svg>");
    svg
}

fn open_svg(width: f64, height: f64, title: &str) -> String {
    format!(
        r#"<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{t}" xmlns="http://www.w3.org/2000/svg"><title>{t}</title>"#,
        t = escape(title)
    )
}

/// At most `max` characters, with an ellipsis when cut (by characters, not bytes: names are
/// Latvian, Polish and Cyrillic).
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut s: String = text.chars().take(max - 1).collect();
    s.push('…');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn labels_from_mail_are_escaped() {
        let svg = bars(
            &[("<script>alert(1)</script>".into(), 3)],
            "by <country>",
            10,
        );
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("&lt;script&gt;"));
        assert!(svg.contains("by &lt;country&gt;"));
    }

    #[test]
    fn the_line_ends_at_the_total_and_names_the_days() {
        let svg = cumulative_line(&[(day("2027-03-01"), 2), (day("2027-03-05"), 7)], "per day");
        assert!(
            svg.contains(">7</text>"),
            "the highest total is the y label: {svg}"
        );
        assert!(svg.contains("1 Mar"));
        assert!(svg.contains("5 Mar 2027"));
        assert!(svg.ends_with("</svg>"));
    }

    #[test]
    fn empty_data_says_so() {
        assert!(cumulative_line(&[], "t").contains("No registrations yet"));
        assert!(bars(&[], "t", 5).contains("Nothing yet"));
    }

    #[test]
    fn long_lists_fold_the_tail_into_one_bar() {
        let rows: Vec<(String, i64)> = (0..12).map(|i| (format!("c{i}"), 12 - i)).collect();
        let svg = bars(&rows, "t", 8);
        assert!(svg.contains("5 more"));
        assert!(!svg.contains(">c11<"));
        assert_eq!(
            shorten("Žemaitijos pramonininkų asociacija", 10),
            "Žemaitijo…"
        );
    }
}
