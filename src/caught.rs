//! Panics of the crates that panic where they could have returned an error,
//! caught and turned into messages: pdf-extract on some real files, and
//! rust_xlsxwriter when it cannot write its temporary files (a full disk).
//! A caught panic is kept off stderr: its message goes into rolescan's own
//! error, which names the posting or the output file.

use std::any::Any;
use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    /// Whether this thread is inside [`catch`], whose panics are not printed.
    static CATCHING: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f`; a panic inside it comes back as its message instead, without
/// being printed. What `f` was changing may be left half done: the caller
/// drops it.
pub fn catch<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    install_hook();
    let outer = CATCHING.with(|c| c.replace(true));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    CATCHING.with(|c| c.set(outer));
    result.map_err(|payload| message(payload.as_ref()))
}

/// A panic's message (`panic!` gives a `String` or a `&str`).
fn message(payload: &(dyn Any + Send)) -> String {
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "no reason given".to_string())
}

/// Installs, once per process, a panic hook that prints nothing for a
/// thread inside [`catch`] and hands other panics to the hook before it.
fn install_hook() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !CATCHING.with(Cell::get) {
                previous(info);
            }
        }));
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_its_message_and_the_thread_goes_on() {
        assert_eq!(catch(|| 7), Ok(7));
        assert_eq!(
            catch(|| -> u8 { panic!("full: {}", 28) }),
            Err("full: 28".into())
        );
        assert_eq!(catch(|| -> u8 { panic!("plain") }), Err("plain".into()));
        // Nested: the inner catch does not end the outer one's quiet.
        let outer = catch(|| {
            let inner = catch(|| -> u8 { panic!("inner") });
            assert_eq!(inner, Err("inner".into()));
            panic!("outer")
        });
        assert_eq!(outer, Err::<(), _>("outer".into()));
        assert!(!CATCHING.with(Cell::get));
    }
}
