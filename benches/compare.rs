//! Criterion bench of comparing two reports (issue 10 asks: two 1,000-word reports under
//! 20 ms, two 20,000-word reports under 500 ms, one core).
//! Run with `cargo bench --bench compare`.

// The shipped lexicon and the seeds are built in; a bench that cannot read them should stop.
#![allow(clippy::expect_used)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use parallax::analysis::Lexicon;
use parallax::compare::compare;

/// About `words` words of `text`, repeated with a counter so that no two copies are equal.
fn grown(text: &str, words: usize) -> String {
    let mut out = String::new();
    let mut k = 0;
    while out.split_whitespace().count() < words {
        out.push_str(&text.replace("Trump", &format!("Trump{k}")));
        out.push('\n');
        k += 1;
    }
    out
}

fn bench(c: &mut Criterion) {
    let lexicon = Lexicon::shipped().expect("shipped lexicon");
    let a = include_str!("../seeds/000_814b0d2deb047309.txt");
    let b = include_str!("../seeds/001_7b0bdb3f118030b6.txt");
    let mut group = c.benchmark_group("compare");
    group.sample_size(10);
    for words in [1_000, 20_000] {
        let (ga, gb) = (grown(a, words), grown(b, words));
        group.bench_function(format!("two {words}-word reports"), |bench| {
            bench.iter(|| compare(black_box(&lexicon), black_box(&ga), black_box(&gb)))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
