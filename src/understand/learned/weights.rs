//! The trained weights, built into the binary and read once.
//!
//! The file `weights.bin` is written by `tests/eval/learned/train.py` (little-endian):
//! `RBLM`, the feature extraction's version (u16), the number of intents (u8, 5), a zero byte,
//! the table size (u32); then for each intent its bias (f32), the scale of its text weights
//! (f32) and its [`META`] fixed weights (f32); then for each intent the whole table of text
//! weights as i8 (the fixed part left zero). A file that does not fit — another version,
//! another size, cut short — gives no model: regbot then runs on the rules alone.

use std::sync::OnceLock;

use super::features::{BUCKETS, Features, META, VERSION};

/// The intents the model scores, in the order of `Intent`.
pub const INTENTS: usize = 5;
const HEADER: usize = 12;
const PER_INTENT: usize = 8 + 4 * META as usize;

static FILE: &[u8] = include_bytes!("weights.bin");

/// A weights table read from a file's bytes.
#[derive(Debug)]
pub struct Model<'a> {
    bias: [f32; INTENTS],
    scale: [f32; INTENTS],
    fixed: [[f32; META as usize]; INTENTS],
    text: &'a [u8],
}

/// The model built into the binary, if its file fits this extraction.
pub fn built_in() -> Option<&'static Model<'static>> {
    static MODEL: OnceLock<Option<Model<'static>>> = OnceLock::new();
    MODEL.get_or_init(|| Model::read(FILE)).as_ref()
}

impl<'a> Model<'a> {
    /// Reads a weights file; `None` when it is not one for this feature extraction.
    pub fn read(bytes: &'a [u8]) -> Option<Self> {
        let head = bytes.get(..HEADER)?;
        let version = u16::from_le_bytes([head[4], head[5]]);
        let buckets = u32::from_le_bytes([head[8], head[9], head[10], head[11]]);
        if &head[..4] != b"RBLM"
            || version != VERSION
            || usize::from(head[6]) != INTENTS
            || buckets as usize != BUCKETS
        {
            return None;
        }
        let params = bytes.get(HEADER..HEADER + INTENTS * PER_INTENT)?;
        let text = bytes.get(HEADER + INTENTS * PER_INTENT..)?;
        if text.len() != INTENTS * BUCKETS {
            return None;
        }
        let f32_at = |at: usize| {
            f32::from_le_bytes([params[at], params[at + 1], params[at + 2], params[at + 3]])
        };
        let mut model = Model {
            bias: [0.0; INTENTS],
            scale: [0.0; INTENTS],
            fixed: [[0.0; META as usize]; INTENTS],
            text,
        };
        for k in 0..INTENTS {
            let at = k * PER_INTENT;
            model.bias[k] = f32_at(at);
            model.scale[k] = f32_at(at + 4);
            for (i, w) in model.fixed[k].iter_mut().enumerate() {
                *w = f32_at(at + 8 + 4 * i);
            }
        }
        let finite = model.bias.iter().chain(&model.scale).all(|x| x.is_finite())
            && model.fixed.iter().flatten().all(|x| x.is_finite());
        finite.then_some(model)
    }

    /// The probability of each intent, in the order of `Intent`. The text features count
    /// once each, scaled by one over the square root of their number, so that a long mail's
    /// many words weigh as much as a short one's few.
    pub fn probabilities(&self, features: &Features) -> [f32; INTENTS] {
        let text_n = features.iter().filter(|(i, _)| *i >= META).count();
        let norm = if text_n == 0 {
            0.0
        } else {
            1.0 / (text_n as f32).sqrt()
        };
        let mut out = [0.0; INTENTS];
        for (k, p) in out.iter_mut().enumerate() {
            let table = &self.text[k * BUCKETS..(k + 1) * BUCKETS];
            let mut fixed = 0.0;
            let mut text = 0i32;
            for &(i, _) in features {
                if i < META {
                    fixed += self.fixed[k][i as usize];
                } else if let Some(&w) = table.get(i as usize) {
                    text += i32::from(w as i8);
                }
            }
            let logit = self.bias[k] + fixed + self.scale[k] * text as f32 * norm;
            *p = 1.0 / (1.0 + (-logit).exp());
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_weights_fit_this_extraction() {
        // Fails when features::VERSION changes without `tests/eval/learned/train.py` run
        // again: the weights would be read against features they were not trained on.
        assert!(
            built_in().is_some(),
            "retrain: python3 tests/eval/learned/train.py BIN"
        );
        assert_eq!(u16::from_le_bytes([FILE[4], FILE[5]]), VERSION);
    }

    #[test]
    fn a_damaged_file_gives_no_model_and_no_panic() {
        assert!(Model::read(&[]).is_none());
        assert!(Model::read(&FILE[..FILE.len() - 1]).is_none());
        assert!(Model::read(&FILE[..HEADER + 3]).is_none());
        let mut other_version = FILE.to_vec();
        other_version[4] = other_version[4].wrapping_add(1);
        assert!(Model::read(&other_version).is_none());
        let mut not_ours = FILE.to_vec();
        not_ours[0] = b'X';
        assert!(Model::read(&not_ours).is_none());
        let mut nan = FILE.to_vec();
        nan[HEADER..HEADER + 4].copy_from_slice(&f32::NAN.to_le_bytes());
        assert!(Model::read(&nan).is_none());
    }

    #[test]
    fn probabilities_are_probabilities_even_for_an_empty_mail() {
        let model = built_in().expect("built-in weights");
        for features in [
            vec![],
            vec![(5, 1)],
            vec![(META, 3), (BUCKETS as u32 - 1, 1)],
        ] {
            let p = model.probabilities(&features);
            assert!(p.iter().all(|x| x.is_finite() && (0.0..=1.0).contains(x)));
        }
    }
}
