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

codetable::define_codes! {
    /// String codes of a firmware.
    #[codes(len = 3, chars = "A-Z")]
    pub enum Reason: str {
        LOW = "LOW" => "Battery low.",
        HOT = "HOT" => "Too hot.",
    }
}

fn check() -> bool {
    Firmware::from_value(7) == Some(Firmware::SENSOR)
        && Firmware::from_name("OK") == Some(Firmware::OK)
        && Firmware::SENSOR.details() == Some("The sensor did not answer.")
        && "SENSOR".parse::<Firmware>().is_ok()
        && Reason::from_value("HOT") == Some(Reason::HOT)
        && Reason::decode("COLD").value().is_some_and(|raw| raw.is_truncated())
        && Reason::try_from("ZZZ").is_err()
}

fn main() {
    // Linked only for the test harness's entry point; the crate itself uses no `std`.
    extern crate std;
    std::assert!(check());
}
