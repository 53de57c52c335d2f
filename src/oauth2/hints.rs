//! The fix for each common refusal, said the way an organiser's IT admin needs it: which
//! portal, which button, which PowerShell command. Token-endpoint refusals are classified from
//! their OAuth2 error and Microsoft's AADSTS code; a mail server that refuses a token it was
//! given (IMAP AUTHENTICATE, SMTP AUTH) is explained from its answer text.

use super::endpoint::ErrorBody;
use super::{Grant, OAuth2Error};

pub const FIX_CONSENT: &str = "an administrator must grant consent: Microsoft Entra admin center > App registrations > the app > API permissions > \"Grant admin consent for <organisation>\" (AADSTS65001)";
pub const FIX_CLIENT: &str = "check oauth2.client_id and oauth2.client_secret: Microsoft wants the secret's Value (not its Secret ID) and a secret that has not expired (AADSTS7000215 / 7000222); Google wants the OAuth client's secret";
pub const FIX_APP_NOT_FOUND: &str =
    "no such app in this tenant: check oauth2.client_id and oauth2.tenant (AADSTS700016)";
pub const FIX_TENANT: &str =
    "check oauth2.tenant: the Directory (tenant) ID or the organisation's domain (AADSTS90002)";
pub const FIX_PUBLIC_CLIENT: &str = "the app is confidential: set oauth2.client_secret, or enable Authentication > \"Allow public client flows\" on the app registration (AADSTS7000218)";
pub const FIX_SCOPE: &str = "check oauth2.scopes (leave it unset for the provider's defaults); Google's device sign-in does not allow the Gmail scope for every client type, see the README";
pub const FIX_UNAUTHORIZED: &str = "the app may not use this grant: for client_credentials add the Office 365 Exchange Online application permissions IMAP.AccessAsApp and SMTP.SendAsApp and grant admin consent; for device sign-in enable \"Allow public client flows\"";

/// What a token-endpoint refusal means. `grant` is the grant that was asked for: a refused
/// refresh token means a new sign-in, a refused client secret means new credentials.
pub fn classify(body: &ErrorBody, grant: Grant) -> OAuth2Error {
    let detail = body.describe();
    let code = |n: i64| body.error_codes.contains(&n) || detail.contains(&format!("AADSTS{n}"));
    let refused = |fix: &'static str| OAuth2Error::Refused {
        detail: detail.clone(),
        fix,
    };
    if code(65001) || body.error == "consent_required" {
        return refused(FIX_CONSENT);
    }
    if code(700016) {
        return refused(FIX_APP_NOT_FOUND);
    }
    if code(90002) {
        return refused(FIX_TENANT);
    }
    if code(7000218) {
        return refused(FIX_PUBLIC_CLIENT);
    }
    match body.error.as_str() {
        "invalid_client" => refused(FIX_CLIENT),
        "invalid_scope" => refused(FIX_SCOPE),
        "unauthorized_client" => refused(FIX_UNAUTHORIZED),
        "invalid_grant" if grant == Grant::RefreshToken => OAuth2Error::RefreshRevoked { detail },
        "temporarily_unavailable" | "server_error" => OAuth2Error::ServerError {
            url: "the token endpoint".into(),
            status: body.status,
            detail,
        },
        _ => refused(
            "read the provider's message above; `regbot check` shows the configuration in use",
        ),
    }
}

/// Which server refused a bearer token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailProtocol {
    Imap,
    Smtp,
}

/// The provider-side fix when IMAP or SMTP refuses a token the token endpoint did issue (the
/// token is good; the mailbox side is not set up). `server_text` is the server's answer.
pub fn mail_refusal_fix(protocol: MailProtocol, grant: Grant, server_text: &str) -> &'static str {
    let text = server_text.to_ascii_lowercase();
    match protocol {
        MailProtocol::Smtp
            if text.contains("5.7.139") || text.contains("smtpclientauthentication") =>
        {
            "SMTP AUTH is disabled for this mailbox or the whole organisation: in Exchange Online PowerShell run `Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false` (and check `Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled`)"
        }
        MailProtocol::Smtp if grant == Grant::ClientCredentials => {
            "the app may not send as this mailbox: grant SMTP.SendAsApp with admin consent, register the app in Exchange (`New-ServicePrincipal -AppId <client id> -ObjectId <enterprise application object id>`), then `Add-MailboxPermission -Identity <mailbox> -User <service principal id> -AccessRights FullAccess`; smtp.username must be that mailbox"
        }
        MailProtocol::Imap if grant == Grant::ClientCredentials => {
            "the app has no access to this mailbox: grant IMAP.AccessAsApp with admin consent, register the app in Exchange (`New-ServicePrincipal -AppId <client id> -ObjectId <enterprise application object id>`), then `Add-MailboxPermission -Identity <mailbox> -User <service principal id> -AccessRights FullAccess`; imap.username must be that mailbox"
        }
        MailProtocol::Imap => {
            "the signed-in account cannot open this mailbox: imap.username must be the account that signed in with `regbot oauth login` (or one it has FullAccess to), and IMAP must be enabled for it (Microsoft: `Set-CASMailbox -Identity <mailbox> -ImapEnabled $true`; Google: Gmail settings > Forwarding and POP/IMAP)"
        }
        MailProtocol::Smtp => {
            "the signed-in account may not send as smtp.username: use the account that signed in, and make sure SMTP AUTH is enabled for it (Microsoft: `Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false`)"
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(error: &str, description: &str, codes: &[i64]) -> ErrorBody {
        ErrorBody {
            error: error.into(),
            error_description: Some(description.into()),
            error_codes: codes.to_vec(),
            interval: None,
            status: 400,
        }
    }

    #[test]
    fn missing_admin_consent_says_where_to_grant_it() {
        let e = classify(
            &body(
                "invalid_grant",
                "AADSTS65001: The user or administrator has not consented",
                &[65001],
            ),
            Grant::ClientCredentials,
        );
        let text = e.to_string();
        assert!(text.contains("Grant admin consent"), "{text}");
        assert!(!e.is_transient());
    }

    #[test]
    fn a_refused_refresh_token_asks_for_a_new_login_but_a_refused_secret_does_not() {
        let e = classify(
            &body("invalid_grant", "AADSTS70008: expired", &[70008]),
            Grant::RefreshToken,
        );
        assert!(matches!(e, OAuth2Error::RefreshRevoked { .. }));
        assert!(e.to_string().contains("regbot oauth login"));
        let e = classify(
            &body(
                "invalid_client",
                "AADSTS7000215: Invalid client secret provided",
                &[7000215],
            ),
            Grant::ClientCredentials,
        );
        assert!(e.to_string().contains("Value (not its Secret ID)"), "{e}");
    }

    #[test]
    fn smtp_auth_disabled_names_the_cmdlet() {
        let fix = mail_refusal_fix(
            MailProtocol::Smtp,
            Grant::RefreshToken,
            "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox",
        );
        assert!(fix.contains("Set-CASMailbox"), "{fix}");
        let fix = mail_refusal_fix(
            MailProtocol::Imap,
            Grant::ClientCredentials,
            "NO AUTHENTICATE failed.",
        );
        assert!(fix.contains("Add-MailboxPermission") && fix.contains("New-ServicePrincipal"));
    }
}
