//! What the criterion benchmarks share: the settings, and the loop over the inputs.

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::time::Duration;

/// Runs `f` on every input, each input and result through `black_box`, as one benchmark
/// `who/order` whose throughput is the number of inputs.
pub fn run<I: Copy, O>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    who: &str,
    order: &str,
    inputs: &[I],
    f: impl Fn(I) -> O,
) {
    group.throughput(Throughput::Elements(inputs.len() as u64));
    group.bench_with_input(BenchmarkId::new(who, order), inputs, |b, inputs| {
        b.iter(|| {
            for &input in inputs {
                black_box(f(black_box(input)));
            }
        });
    });
}

/// The settings of every benchmark: short runs (the whole of `lookup` and `sqlstate` in
/// about 10 minutes), enough samples for a stable median, and fewer bootstrap resamples
/// than criterion's default, which only its confidence intervals use.
pub fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_millis(1000))
        .sample_size(20)
        .nresamples(10_000)
}
