//! Arbitrary bytes as a Python program: the compiler returns diagnostics or a module that
//! validates, and never panics.
#![no_main]

use krait_diagnostics::SourceFile;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let options = krait_driver::Options {
        traceback_path: "/fuzz/case.py".to_owned(),
        gc_stress: false,
        load_module: None,
    };
    let compiled = krait_driver::compile(
        SourceFile::new("case.py".to_owned(), text.to_owned()),
        &options,
    );
    if let Some(wasm) = compiled.wasm {
        krait_driver::validate(&wasm).expect("every module krait returns validates");
    }
});
