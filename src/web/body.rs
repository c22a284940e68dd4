//! Reading a request's body, with the limits every posted form and JSON estimate shares: at
//! most [`MAX_BODY_BYTES`] once unzipped (the batch of many households, [`BatchBody`], at most
//! [`MAX_BATCH_BODY_BYTES`]), all of it within the body time limit. What cannot be read gets a
//! short answer in the page's language, never the server's own words.

use std::time::Duration;

use actix_web::dev::{Decompress, Payload};
use actix_web::http::StatusCode;
use actix_web::web::{Bytes, BytesMut};
use actix_web::{FromRequest, HttpRequest, HttpResponse, ResponseError, error::PayloadError, http::header};
use futures_util::StreamExt;

use super::AppState;
use super::respond::{Refusal, refusal};

/// The largest request body accepted (a form or JSON estimate is about 2 KB): larger is 413.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// The largest batch of households accepted (`POST /api/v1/estimates`): 1,000 households of
/// about 600 bytes each fit with room to spare; larger is 413.
pub const MAX_BATCH_BODY_BYTES: usize = 2 * 1024 * 1024;

/// A request's whole body, unzipped when it was sent gzipped, of at most `LIMIT` bytes.
pub struct Body<const LIMIT: usize = MAX_BODY_BYTES>(pub Bytes);

/// The body of a batch of households: the one route with a larger limit.
pub type BatchBody = Body<MAX_BATCH_BODY_BYTES>;

impl<const LIMIT: usize> Body<LIMIT> {
    /// The message for a body over the limit: a form's never is; a batch's may be.
    const TOO_LARGE: &'static str = if LIMIT > MAX_BODY_BYTES {
        "error-batch-too-large"
    } else {
        "error-body-too-large"
    };
}

/// Why a body was not read, answered as [`refusal`] does.
#[derive(Debug)]
pub struct BodyRefused(Refusal);

impl std::fmt::Display for BodyRefused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0.status)
    }
}

impl ResponseError for BodyRefused {
    fn status_code(&self) -> StatusCode {
        self.0.status
    }

    fn error_response(&self) -> HttpResponse {
        // The rest of the body may still be on its way: the connection is not reused.
        let mut response = self.0.response();
        response
            .head_mut()
            .set_connection_type(actix_web::http::ConnectionType::Close);
        response
    }
}

impl<const LIMIT: usize> FromRequest for Body<LIMIT> {
    type Error = BodyRefused;
    type Future = std::pin::Pin<Box<dyn std::future::Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(request: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let time_limit = request
            .app_data::<actix_web::web::Data<AppState>>()
            .map_or(Duration::from_secs(10), |state| state.body_time_limit);
        let refuse = |status, key| BodyRefused(refusal(request.head(), status, key));
        let declared = request
            .headers()
            .get(header::CONTENT_LENGTH)
            .and_then(|value| value.to_str().ok()?.parse::<u64>().ok());
        if declared.is_some_and(|length| length > LIMIT as u64) {
            let refused = refuse(StatusCode::PAYLOAD_TOO_LARGE, Self::TOO_LARGE);
            return Box::pin(async move { Err(refused) });
        }
        let stream = Decompress::from_headers(payload.take(), request.headers());
        let (too_large, damaged, too_slow) = (
            refuse(StatusCode::PAYLOAD_TOO_LARGE, Self::TOO_LARGE),
            refuse(StatusCode::BAD_REQUEST, "error-body-damaged"),
            refuse(StatusCode::REQUEST_TIMEOUT, "error-body-too-slow"),
        );
        Box::pin(async move {
            match actix_web::rt::time::timeout(time_limit, read_all(stream, LIMIT)).await {
                Err(_) => Err(too_slow),
                Ok(Err(PayloadError::Overflow)) => Err(too_large),
                Ok(Err(_)) => Err(damaged),
                Ok(Ok(bytes)) => Ok(Body(bytes)),
            }
        })
    }
}

/// Every chunk of the body, refusing more than `limit` bytes however it was declared.
async fn read_all(mut stream: Decompress<Payload>, limit: usize) -> Result<Bytes, PayloadError> {
    let mut body = BytesMut::new();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk?;
        if body.len() + chunk.len() > limit {
            return Err(PayloadError::Overflow);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body.freeze())
}
