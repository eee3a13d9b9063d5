mod resource;
mod resources;
mod serde_helpers;
mod types;
