//! The baseline of `bench/load.sh`: the physical limit of this stack. actix-web with the same worker count as
//! crd-server, one POST route that parses the body into `serde_json::Value` and serializes it back, and `/health`.
//!
//!     cargo run --release --example bare_handler -- [port]

use actix_web::{web, App, HttpResponse, HttpServer};

async fn echo(body: web::Bytes) -> HttpResponse {
    match serde_json::from_slice::<serde_json::Value>(&body) {
        Ok(v) => HttpResponse::Ok().json(v),
        Err(e) => HttpResponse::BadRequest().body(e.to_string()),
    }
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let port: u16 = std::env::args()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    let server = HttpServer::new(|| {
        App::new()
            .app_data(web::PayloadConfig::new(1 << 20))
            .route(
                "/health",
                web::get().to(|| async { HttpResponse::Ok().body("ok") }),
            )
            .route("/{tail:.*}", web::post().to(echo))
    })
    .bind(("127.0.0.1", port))?;
    println!("listening on http://{}", server.addrs()[0]);
    server.run().await
}
