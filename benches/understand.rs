//! Throughput of parse + understand over the real-world corpus, in bytes per second.
//! Target: at least 50 MB/s per core. Skips with a message when the corpus is absent.

#[path = "../tests/it/support/corpus.rs"]
mod corpus;

use std::path::PathBuf;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use regbot::understand::{UnderstandConfig, understand};

fn bench(c: &mut Criterion) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/realworld");
    let files = corpus::mail_files(&dir);
    if files.is_empty() {
        println!("skipped: corpus not found at {}", dir.display());
        return;
    }
    let mails: Vec<Vec<u8>> = files.iter().filter_map(|f| std::fs::read(f).ok()).collect();
    let total: usize = mails.iter().map(Vec::len).sum();
    println!("{} messages, {} bytes", mails.len(), total);
    let config = UnderstandConfig {
        own_addresses: vec!["registration@event.test".into()],
        own_message_id_domain: Some("event.test".into()),
        places: Vec::new(),
    };
    let mut group = c.benchmark_group("understand");
    group.throughput(Throughput::Bytes(total as u64));
    group.sample_size(10);
    group.bench_function("realworld_corpus", |b| {
        b.iter(|| {
            for m in &mails {
                std::hint::black_box(understand(m, &config));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
