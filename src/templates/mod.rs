//! Reply templates: minijinja files under `replies.templates_dir`, one folder per language
//! (`en/registered.txt`, `en/registered.html`, `lv/registered.txt`, …).
//!
//! A `.txt` template starts with a `Subject: …` line, then a blank line, then the body; the
//! optional `.html` twin is the HTML part (auto-escaped, so a name like `<script>` stays text).
//! A reply is written in the sender's language when a template exists for it, else in the
//! event's default language, else English.

mod phrasing;
mod words;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use minijinja::{Environment, UndefinedBehavior};
use serde::Serialize;

use crate::domain::header_safe;
pub use words::{DetailWords, country_name};
use words::{load_detail_words, localized_country_name, phrase};

#[derive(Debug, thiserror::Error)]
pub enum TemplateError {
    #[error("could not read the templates folder {path}: {source} (set replies.templates_dir)")]
    Folder {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("template {name} is not valid: {source}")]
    Syntax {
        name: String,
        source: minijinja::Error,
    },
    #[error(
        "no template {name} for language {language} nor for the default language {default} (add {name}.txt to the templates folder)"
    )]
    NotFound {
        name: String,
        language: String,
        default: String,
    },
    #[error("could not render template {name}: {source}")]
    Render {
        name: String,
        source: minijinja::Error,
    },
    #[error(
        "{name} uses {{{{ {variable} }}}}, which is not defined: the variables are event.*, participant.email, .name, .organisation, .country, .experience, status and lang (README, \"Broadcasts\")"
    )]
    Undefined { name: String, variable: String },
    #[error("template {name} has no `Subject:` first line")]
    NoSubject { name: String },
    #[error("could not read the details table's words from {path}: {message}")]
    Words { path: PathBuf, message: String },
}

/// A rendered mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
    /// The language actually used.
    pub language: String,
}

pub struct Templates {
    env: Environment<'static>,
    languages: BTreeSet<String>,
    names: BTreeSet<String>,
}

impl std::fmt::Debug for Templates {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Templates")
            .field("languages", &self.languages)
            .field("names", &self.names.len())
            .finish()
    }
}

fn new_env() -> Environment<'static> {
    let mut env = Environment::new();
    // A typo in a template variable is an error at render time, not a silent blank in a mail.
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    // A value the participant never gave prints as nothing, never as "none" ("Hello None").
    env.set_formatter(|out, state, value| {
        if value.is_none() {
            Ok(())
        } else {
            minijinja::escape_formatter(out, state, value)
        }
    });
    if let Ok(syntax) = minijinja::syntax::SyntaxConfig::builder()
        .keep_trailing_newline(true)
        .build()
    {
        env.set_syntax(syntax);
    }
    // The reply's language is in the context as `lang` (set by `render`); a one-off body file
    // has none and gets English.
    env.add_filter(
        "country_name",
        |state: &minijinja::State, code: Option<String>| {
            let lang = reply_language(state);
            code.map(|c| {
                localized_country_name(&c, &lang)
                    .or_else(|| country_name(&c))
                    .unwrap_or(&c)
                    .to_string()
            })
        },
    );
    // `{{ phrase("signoff") }}`: the few words the shared HTML layout needs in the reply's language.
    env.add_function("phrase", |state: &minijinja::State, key: String| {
        phrase(&key, &reply_language(state)).to_string()
    });
    env
}

/// `{{ detail("not_given") }}` and `{{ detail_label("name") }}`: the details table's words in the
/// reply's language (English when the language has none).
fn add_detail_words(env: &mut Environment<'static>, words: BTreeMap<String, DetailWords>) {
    let words = Arc::new(words);
    let phrasing_words = words.clone();
    let lookup = move |state: &minijinja::State, key: &str, padded: bool| {
        let lang = reply_language(state);
        let w = words
            .get(&lang)
            .or_else(|| words.get("en"))
            .ok_or_else(|| {
                minijinja::Error::new(
                    minijinja::ErrorKind::InvalidOperation,
                    format!("details.toml has no words for {lang} nor for en"),
                )
            })?;
        let word = if padded {
            w.padded_label(key)
        } else {
            w.get(key).map(str::to_string)
        };
        word.ok_or_else(|| {
            minijinja::Error::new(
                minijinja::ErrorKind::InvalidOperation,
                format!("details.toml has no word {key:?}"),
            )
        })
    };
    let label = lookup.clone();
    env.add_function("detail", move |state: &minijinja::State, key: String| {
        lookup(state, &key, false)
    });
    env.add_function(
        "detail_label",
        move |state: &minijinja::State, key: String| label(state, &key, true),
    );
    add_phrasing(env, phrasing_words);
}

/// `{{ greeting(participant.name) }}`, `{{ the_event() }}` and `{{ title | quoted }}`: the
/// language's greeting, and the event's title in the language's quotation marks, followed by its
/// dates and venue (module `phrasing`). Every participant reply uses them, so a language's
/// convention is written once, in `details.toml`.
fn add_phrasing(env: &mut Environment<'static>, words: Arc<BTreeMap<String, DetailWords>>) {
    // A word of the reply's language, else of English; it is an error in neither.
    let word = move |state: &minijinja::State, pick: fn(&DetailWords) -> Option<&String>| {
        let lang = reply_language(state);
        let found = words.get(&lang).and_then(pick);
        found.or_else(|| words.get("en").and_then(pick)).cloned()
    };
    let quotes = word.clone();
    let quotes =
        move |state: &minijinja::State| quotes(state, |w| w.quotes.as_ref()).unwrap_or_default();
    let greeting_word = word.clone();
    env.add_function(
        "greeting",
        move |state: &minijinja::State, name: Option<String>| {
            let with_name = greeting_word(state, |w| w.greeting.as_ref());
            let without = greeting_word(state, |w| w.greeting_no_name.as_ref());
            match (with_name, without) {
                (Some(with_name), Some(without)) => {
                    Ok(phrasing::greet(&with_name, &without, name.as_deref()))
                }
                _ => Err(minijinja::Error::new(
                    minijinja::ErrorKind::InvalidOperation,
                    format!(
                        "details.toml gives no greeting and greeting_no_name for {} nor for en",
                        reply_language(state)
                    ),
                )),
            }
        },
    );
    let quote_marks = quotes.clone();
    env.add_filter("quoted", move |state: &minijinja::State, title: String| {
        phrasing::quote(&title, &quote_marks(state))
    });
    // The event phrase of the reply's language, for `the_event()` and `after_event()`.
    let phrase = move |state: &minijinja::State| {
        let event = state.lookup("event").unwrap_or_default();
        let field = |key: &str| {
            event
                .get_attr(key)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default()
        };
        phrasing::event_phrase(
            &field("name"),
            &field("dates"),
            &field("venue"),
            &quotes(state),
        )
    };
    let after = phrase.clone();
    env.add_function("the_event", move |state: &minijinja::State| phrase(state));
    // `{{ the_event() }}{{ after_event(",") }}`: the punctuation a sentence puts after the event,
    // left out after a title that ends in its own "?", "!" or ".".
    env.add_function(
        "after_event",
        move |state: &minijinja::State, punctuation: String| {
            if phrasing::ends_a_sentence(&after(state)) {
                String::new()
            } else {
                punctuation
            }
        },
    );
}

fn reply_language(state: &minijinja::State) -> String {
    state
        .lookup("lang")
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| "en".to_string())
}

impl Templates {
    /// Reads every `<lang>/<name>.txt|.html` under `dir` and checks that each one compiles.
    pub fn load(dir: &Path) -> Result<Templates, TemplateError> {
        let folder_error = |source| TemplateError::Folder {
            path: dir.to_path_buf(),
            source,
        };
        let mut env = new_env();
        add_detail_words(&mut env, load_detail_words(dir)?);
        let mut languages = BTreeSet::new();
        let mut names = BTreeSet::new();
        for lang_entry in std::fs::read_dir(dir).map_err(folder_error)? {
            let lang_entry = lang_entry.map_err(folder_error)?;
            let path = lang_entry.path();
            if !path.is_dir() {
                // Shared pieces at the top: `layout.html`, extended by the HTML replies, and the
                // details table (`details.txt`, `details.html`) they include.
                if path.extension().is_some_and(|e| e == "html" || e == "txt") {
                    let name = lang_entry.file_name().to_string_lossy().to_string();
                    let source = std::fs::read_to_string(&path).map_err(folder_error)?;
                    env.add_template_owned(name.clone(), source)
                        .map_err(|source| TemplateError::Syntax { name, source })?;
                }
                continue;
            }
            let lang = lang_entry.file_name().to_string_lossy().to_string();
            for file in std::fs::read_dir(lang_entry.path()).map_err(folder_error)? {
                let path = file.map_err(folder_error)?.path();
                let Some(ext) = path.extension().and_then(|e| e.to_str()) else {
                    continue;
                };
                if ext != "txt" && ext != "html" {
                    continue;
                }
                let source = std::fs::read_to_string(&path).map_err(folder_error)?;
                let file_name = path.file_name().unwrap_or_default().to_string_lossy();
                let name = format!("{lang}/{file_name}");
                env.add_template_owned(name.clone(), source)
                    .map_err(|source| TemplateError::Syntax {
                        name: name.clone(),
                        source,
                    })?;
                languages.insert(lang.clone());
                names.insert(name);
            }
        }
        Ok(Templates {
            env,
            languages,
            names,
        })
    }

    pub fn languages(&self) -> &BTreeSet<String> {
        &self.languages
    }

    pub fn has(&self, name: &str, language: &str) -> bool {
        self.names.contains(&format!("{language}/{name}.txt"))
    }

    /// The language a reply to a `wanted`-language sender is written in.
    pub fn pick_language(&self, name: &str, wanted: Option<&str>, default: &str) -> Option<String> {
        [wanted.unwrap_or(default), default, "en"]
            .into_iter()
            .find(|l| self.has(name, l))
            .map(str::to_string)
    }

    pub fn render(
        &self,
        name: &str,
        wanted_language: Option<&str>,
        default_language: &str,
        context: &impl Serialize,
    ) -> Result<Rendered, TemplateError> {
        let language = self
            .pick_language(name, wanted_language, default_language)
            .ok_or_else(|| TemplateError::NotFound {
                name: name.to_string(),
                language: wanted_language.unwrap_or(default_language).to_string(),
                default: default_language.to_string(),
            })?;
        // Templates and filters see the reply language as `lang`, and the event's values in it.
        let mut context = serde_json::to_value(context).map_err(|e| TemplateError::Render {
            name: name.to_string(),
            source: minijinja::Error::new(minijinja::ErrorKind::BadSerialization, e.to_string()),
        })?;
        phrasing::localize_event(&mut context, &language);
        let context = minijinja::value::merge_maps([
            minijinja::Value::from(minijinja::value::Serde(&context)),
            minijinja::context! { lang => language.clone() },
        ]);
        let text_name = format!("{language}/{name}.txt");
        let rendered = self.render_named(&text_name, &context)?;
        let (subject, text) = split_subject(&rendered).ok_or(TemplateError::NoSubject {
            name: text_name.clone(),
        })?;
        let html_name = format!("{language}/{name}.html");
        let html = if self.names.contains(&html_name) {
            Some(self.render_named(&html_name, &context)?)
        } else {
            None
        };
        Ok(Rendered {
            subject,
            text,
            html,
            language,
        })
    }

    fn render_named(&self, name: &str, context: &impl Serialize) -> Result<String, TemplateError> {
        let template = self
            .env
            .get_template(name)
            .map_err(|source| TemplateError::Render {
                name: name.to_string(),
                source,
            })?;
        template
            .render(minijinja::value::Serde(context))
            .map_err(|source| render_error(&self.env, name, template.source(), context, source))
    }
}

/// A render error; an undefined variable is named, so the fix is obvious.
fn render_error(
    env: &Environment<'_>,
    name: &str,
    source_text: &str,
    context: &impl Serialize,
    source: minijinja::Error,
) -> TemplateError {
    if source.kind() == minijinja::ErrorKind::UndefinedError
        && let Some(variable) = undefined_variable(env, source_text, context)
    {
        return TemplateError::Undefined {
            name: name.to_string(),
            variable,
        };
    }
    TemplateError::Render {
        name: name.to_string(),
        source,
    }
}

/// The first variable `source_text` reads that `context` (and the environment's functions)
/// leave undefined.
fn undefined_variable(
    env: &Environment<'_>,
    source_text: &str,
    context: &impl Serialize,
) -> Option<String> {
    let template = env.template_from_str(source_text).ok()?;
    let mut variables: Vec<String> = template.undeclared_variables(true).into_iter().collect();
    variables.sort();
    let context = minijinja::Value::from(minijinja::value::Serde(context));
    variables.into_iter().find(|v| {
        env.compile_expression(v)
            .ok()
            .and_then(|e| e.eval(context.clone()).ok())
            .is_none_or(|value| value.is_undefined())
    })
}

/// Renders a one-off template (a broadcast's `--body-file`), with the same filters and rules.
/// A context with `lang` shows the event's values in that language (`[event.l10n.<lang>]`).
pub fn render_source(source: &str, context: &impl Serialize) -> Result<String, TemplateError> {
    let env = new_env();
    let mut value = serde_json::to_value(context).map_err(|e| TemplateError::Render {
        name: "the body file".into(),
        source: minijinja::Error::new(minijinja::ErrorKind::BadSerialization, e.to_string()),
    })?;
    if let Some(lang) = value
        .get("lang")
        .and_then(|l| l.as_str())
        .map(str::to_string)
    {
        phrasing::localize_event(&mut value, &lang);
    }
    env.render_str(source, minijinja::value::Serde(&value))
        .map_err(|e| render_error(&env, "the body file", source, context, e))
}

/// Compiles a one-off template to report syntax errors before anything is queued.
pub fn check_source(source: &str) -> Result<(), TemplateError> {
    let mut env = new_env();
    env.add_template("body file", source)
        .map_err(|source| TemplateError::Syntax {
            name: "body file".into(),
            source,
        })
}

fn split_subject(rendered: &str) -> Option<(String, String)> {
    let rendered = rendered.trim_start_matches('\u{feff}');
    let (first, rest) = rendered.split_once('\n').unwrap_or((rendered, ""));
    let subject = first.strip_prefix("Subject:")?;
    let body = rest
        .strip_prefix("\r\n")
        .or_else(|| rest.strip_prefix('\n'))
        .unwrap_or(rest);
    Some((header_safe(subject.trim(), 250), body.to_string()))
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_languages;
