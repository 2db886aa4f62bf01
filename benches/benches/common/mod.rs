//! What the criterion benchmarks share: the settings, and the loop over the inputs.

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::time::Duration;

/// Runs `f` on every input, as one benchmark `who/order` whose throughput is the number of
/// inputs. The inputs are hidden from the optimizer as a whole (`black_box` of the slice)
/// and each result is kept (`black_box`); an input is not sent through `black_box` on its
/// own, which stored it to the stack slot the previous result was stored to and read it
/// back: the accessors of a dense table, the same instructions as an array read but for
/// that reload's width, took 0.39 or 0.72 ns from one process to the next.
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
            for &input in black_box(inputs) {
                black_box(f(input));
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
