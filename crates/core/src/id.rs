//! Record ids as their own types: an affiliate's id cannot be passed where a person's is
//! asked for. They are stored and sent as integers (JSON numbers, `BIGINT` columns).

/// Declares an id type over `i64`.
macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash,
            serde::Serialize, serde::Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl $name {
            /// The id as the integer it is stored as.
            pub fn get(self) -> i64 {
                self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::num::ParseIntError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                s.parse().map($name)
            }
        }

        #[cfg(feature = "sqlx")]
        impl sqlx::Type<sqlx::Any> for $name {
            fn type_info() -> sqlx::any::AnyTypeInfo {
                <i64 as sqlx::Type<sqlx::Any>>::type_info()
            }
            fn compatible(ty: &sqlx::any::AnyTypeInfo) -> bool {
                <i64 as sqlx::Type<sqlx::Any>>::compatible(ty)
            }
        }

        #[cfg(feature = "sqlx")]
        impl<'q> sqlx::Encode<'q, sqlx::Any> for $name {
            fn encode_by_ref(
                &self,
                buf: &mut <sqlx::Any as sqlx::Database>::ArgumentBuffer,
            ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
                <i64 as sqlx::Encode<'q, sqlx::Any>>::encode_by_ref(&self.0, buf)
            }
        }

        #[cfg(feature = "sqlx")]
        impl<'r> sqlx::Decode<'r, sqlx::Any> for $name {
            fn decode(
                value: <sqlx::Any as sqlx::Database>::ValueRef<'r>,
            ) -> Result<Self, sqlx::error::BoxDynError> {
                <i64 as sqlx::Decode<'r, sqlx::Any>>::decode(value).map($name)
            }
        }
    };
}

id_type!(
    /// A person (with or without an account).
    UserId
);
id_type!(
    /// An affiliate (a user group, a chapter, a hub…).
    AffiliateId
);
id_type!(
    /// An event (a meetup, an edit-a-thon, a conference…).
    EventId
);
id_type!(
    /// A board election.
    ElectionId
);
id_type!(
    /// A conference proposal (a session once accepted).
    ProposalId
);
id_type!(
    /// A report an affiliate owes for a period.
    ReportId
);
id_type!(
    /// A scholarship application.
    ApplicationId
);
id_type!(
    /// A membership of a person (or an institution) in an affiliate.
    MembershipId
);
