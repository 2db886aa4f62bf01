//! A `#![no_std]` crate: the generated code names only `::core` and `::codetable`.
#![no_std]

codetable::define_codes! {
    /// Codes of a firmware.
    pub enum Firmware: u8 {
        OK = 0 => "Fine.",
        /// The sensor did not answer.
        SENSOR = 7 => "Sensor timeout.",
    }
}

fn check() -> bool {
    Firmware::from_value(7) == Some(Firmware::SENSOR)
        && Firmware::from_name("OK") == Some(Firmware::OK)
        && Firmware::SENSOR.details() == Some("The sensor did not answer.")
        && "SENSOR".parse::<Firmware>().is_ok()
}

fn main() {
    // Linked only for the test harness's entry point; the crate itself uses no `std`.
    extern crate std;
    std::assert!(check());
}
