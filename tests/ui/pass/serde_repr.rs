//! serde_repr's derives need the `#[repr]` and the discriminants the macro writes: codes
//! serialize as their values.
#![deny(warnings)]

codetable::define_codes! {
    /// Results, serialized by value.
    #[derive(serde_repr::Serialize_repr, serde_repr::Deserialize_repr)]
    pub enum Status: i32 {
        OK = 0 => "Success.",
        TIMEOUT = -1001 => "The call timed out.",
        BUSY = 7 => "The device is busy.",
    }
}

fn main() {
    assert_eq!(serde_json::to_string(&Status::TIMEOUT).unwrap(), "-1001");
    assert_eq!(
        serde_json::to_string(&[Status::OK, Status::BUSY]).unwrap(),
        "[0,7]"
    );
    assert_eq!(serde_json::from_str::<Status>("7").unwrap(), Status::BUSY);
    assert!(serde_json::from_str::<Status>("8").is_err());
}
