//! Amazon SES notifications delivered by mail through SNS: a JSON body (sometimes wrapped in
//! an SNS envelope, sometimes folded over lines) with `notificationType` Bounce, Complaint or
//! Delivery. Read by searching the text rather than parsing JSON, because the mail transport
//! often breaks the JSON (line folding, quoted-printable remains).

use super::address;

/// What an SES notification says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// Failed (bounced) recipients.
    Failed(Vec<String>),
    /// Complaining recipients (their mailbox works).
    Complained(Vec<String>),
    /// A delivery confirmation: nothing failed.
    Delivered,
}

/// Reads an SES notification from a text body; `None` when the text is not one.
pub fn parse(text: &str) -> Option<Notice> {
    if !text.contains("notificationType") && !text.contains("eventType") {
        return None;
    }
    let t = text.replace("\\\"", "\"");
    let kind_at = t
        .find("\"notificationType\"")
        .or_else(|| t.find("\"eventType\""))?;
    let rest = t.get(kind_at..)?;
    let value = rest.split(':').nth(1)?.trim().trim_start_matches('"');
    let kind: String = value.chars().take_while(|c| c.is_alphanumeric()).collect();
    let (list_key, notice): (_, fn(Vec<String>) -> Notice) = match kind.as_str() {
        "Bounce" => ("\"bouncedRecipients\"", Notice::Failed),
        "Complaint" => ("\"complainedRecipients\"", Notice::Complained),
        "Delivery" => return Some(Notice::Delivered),
        _ => return None,
    };
    let start = t.find(list_key)?;
    let list = t.get(start..)?;
    let end = list.find(']').unwrap_or(list.len());
    Some(notice(address::find_all(list.get(..end)?)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounce_complaint_and_delivery() {
        let b = r#"{"notificationType":"Bounce","bounce":{"bouncedRecipients":[{"emailAddress":"Gone@Example.LV","action":"failed"}]},"mail":{"source":"me@x.test"}}"#;
        assert_eq!(
            parse(b),
            Some(Notice::Failed(vec!["gone@example.lv".into()]))
        );
        let c = r#"{"Type":"Notification","Message":"{\"notificationType\":\"Complaint\",\"complaint\":{\"complainedRecipients\":[{\"emailAddress\":\"c@x.fi\"}]}}"}"#;
        assert_eq!(parse(c), Some(Notice::Complained(vec!["c@x.fi".into()])));
        let d = r#"{"notificationType":"Delivery","mail":{"destination":["ok@x.se"]}}"#;
        assert_eq!(parse(d), Some(Notice::Delivered));
        assert_eq!(parse("I read about notificationType in the docs"), None);
    }
}
