//! Derives of traits the macro does not implement pass through to the enum, and so do their
//! helper attributes, on the table and on its entries; so does `#[cfg_attr(...)]`.
#![deny(warnings)]

codetable::define_codes! {
    /// Statuses, serialized by name.
    #[derive(serde::Serialize, serde::Deserialize)]
    #[serde(rename_all = "lowercase")]
    #[cfg_attr(any(), derive(NotCompiledIn))]
    pub enum Status: u16 {
        OK = 200 => "OK",
        #[serde(rename = "missing")]
        NOT_FOUND = 404 => "Not Found",
        #[cfg_attr(all(), serde(alias = "teapot"))]
        IM_A_TEAPOT = 418 => "I'm a teapot",
        #[deprecated]
        OLD = 499 => "Old.",
        /// An alias is the code it stands for: it serializes as that code.
        GONE_FOR_NOW = NOT_FOUND,
    }

    /// A derive and its helper, each under `cfg_attr`.
    #[cfg_attr(all(), derive(serde::Serialize))]
    #[cfg_attr(all(), serde(rename_all = "lowercase"))]
    pub enum Level: u8 {
        LOW = 1 => "Low.",
        #[cfg_attr(all(), serde(rename = "top"))]
        HIGH = 2 => "High.",
    }
}

#[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
struct Reply {
    status: Status,
    statuses: Vec<Status>,
}

fn main() {
    let reply = Reply {
        status: Status::GONE_FOR_NOW,
        statuses: vec![Status::OK, Status::IM_A_TEAPOT],
    };
    let json = serde_json::to_string(&reply).unwrap();
    assert_eq!(
        json,
        r#"{"status":"missing","statuses":["ok","im_a_teapot"]}"#
    );
    assert_eq!(serde_json::from_str::<Reply>(&json).unwrap(), reply);
    assert_eq!(
        serde_json::from_str::<Status>(r#""teapot""#).unwrap(),
        Status::IM_A_TEAPOT
    );
    assert!(serde_json::from_str::<Status>(r#""NOT_FOUND""#).is_err());
    assert_eq!(
        serde_json::to_string(&[Level::LOW, Level::HIGH]).unwrap(),
        r#"["low","top"]"#
    );
    // Everything the macro generates is still there.
    assert_eq!(Status::NOT_FOUND.to_string(), "NOT_FOUND (404): Not Found");
    assert_eq!(Status::from_value(418), Some(Status::IM_A_TEAPOT));
}
