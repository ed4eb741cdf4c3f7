//! The web app's entry point: trunk builds this binary for wasm32.

#[cfg(target_arch = "wasm32")]
fn main() {
    call_record_viewer::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This binary is the web app: build it with `trunk build` (see README). The native command line is `callrecords`.");
    std::process::exit(2);
}
