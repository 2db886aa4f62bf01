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

codetable::define_codes! {
    /// Codes of a firmware, each linked to its row of the manual, shown by `{:#}`.
    #[codes(url = "https://example.com/manual#{anchor}", display_url)]
    pub enum Fault: i8 {
        STALL = -2 => "Motor stalled.",
    }
}

/// The URL, in a constant, without an allocator.
const STALL_URL: &str = Fault::STALL.url();

fn check() -> bool {
    Firmware::from_value(7) == Some(Firmware::SENSOR)
        && Firmware::from_name("OK") == Some(Firmware::OK)
        && Firmware::SENSOR.details() == Some("The sensor did not answer.")
        && "SENSOR".parse::<Firmware>().is_ok()
        && Reason::from_value("HOT") == Some(Reason::HOT)
        && Reason::decode("COLD").value().is_some_and(|raw| raw.is_truncated())
        && Reason::try_from("ZZZ").is_err()
        && STALL_URL == "https://example.com/manual#fault-stall"
        && codetable::Code::url(Fault::STALL) == Some(STALL_URL)
}

fn main() {
    // Linked only for the test harness's entry point; the crate itself uses no `std`.
    extern crate std;
    std::assert!(check());
}
