//! Rebuilds the crate when the embedded model's folder changes, so that the
//! binary always carries the model as it is on disk.

fn main() {
    println!("cargo:rerun-if-changed=../../datasets/turkestan-1917");
}
