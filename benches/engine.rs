//! Criterion benches of the mention engine: one article, a batch, long articles of growing
//! size, and the lexicon build.
//! Run with `cargo bench --bench engine`.

// The shipped lexicon is built into the binary; a bench that cannot load it should stop.
#![allow(clippy::expect_used)]

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use parallax::analysis::{Lexicon, analyze_corpus, analyze_document};
use parallax::corpus::Corpus;

fn engine(c: &mut Criterion) {
    let lexicon = Lexicon::shipped().expect("shipped lexicon");
    let seeds = Corpus::seeds();
    let article = &seeds.articles[0].text;

    let mut group = c.benchmark_group("analyze_document");
    group.throughput(Throughput::Bytes(article.len() as u64));
    group.bench_function("seed article (9 KB)", |b| {
        b.iter(|| analyze_document(&lexicon, black_box(article)))
    });
    group.finish();

    // A batch of 1,000 articles (the two seeds, repeated), analysed in parallel.
    let batch = Corpus {
        name: "batch".into(),
        articles: seeds.articles.iter().cycle().take(1000).cloned().collect(),
    };
    let bytes: usize = batch.articles.iter().map(|a| a.text.len()).sum();
    let mut group = c.benchmark_group("analyze_corpus");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_with_input(BenchmarkId::new("articles", 1000), &batch, |b, batch| {
        b.iter(|| analyze_corpus(&lexicon, black_box(batch)))
    });
    group.finish();

    // One long article of the seeds' sentences on a single line: throughput must stay flat
    // as it grows (issue 8: counting once grew with the square of an article's length).
    let sentences = seeds
        .articles
        .iter()
        .map(|a| a.text.replace('\n', " "))
        .collect::<Vec<_>>()
        .join(" ");
    let mut group = c.benchmark_group("long article");
    group.sample_size(10);
    for (label, size) in [
        ("0.1 MB", 100_000),
        ("1 MB", 1_000_000),
        ("10 MB", 10_000_000),
    ] {
        let mut text = String::with_capacity(size + sentences.len());
        while text.len() < size {
            text.push_str(&sentences);
            text.push(' ');
        }
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(label), &text, |b, text| {
            b.iter(|| analyze_document(&lexicon, black_box(text)))
        });
    }
    group.finish();

    c.bench_function("lexicon build", |b| {
        b.iter(|| Lexicon::shipped().expect("shipped lexicon"))
    });
}

criterion_group!(benches, engine);
criterion_main!(benches);
