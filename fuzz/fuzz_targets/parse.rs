#![no_main]

use libfuzzer_sys::fuzz_target;

include!("../../tests/fuzz_checks.rs");

fuzz_target!(|data: &[u8]| check_parse(data));
