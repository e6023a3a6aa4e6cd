//! Benchmarks of the guard against the naive regex design.

fn main() {}
