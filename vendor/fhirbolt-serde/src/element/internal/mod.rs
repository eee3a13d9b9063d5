pub mod de;
