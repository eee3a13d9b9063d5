#[cfg(feature = "r4")]
pub mod r4;
#[cfg(feature = "r4b")]
pub mod r4b;
#[cfg(feature = "r5")]
pub mod r5;
