// What interrupts the eval loop between instructions (CPython:
// Python/ceval_gil.c eval_breaker, Modules/signalmodule.c).
//
// Work that must happen "soon" but not in the middle of an instruction is
// announced by setting InterpreterState::eval_breaker; the loop tests that
// one word at its check points (backward jumps, the start of every call)
// and calls handle_eval_breaker only when it is set.  The sources: SIGINT
// (Ctrl-C raises KeyboardInterrupt in the main thread at the next check
// point, as in CPython), the GIL's drop requests, and the cycle collector's
// automatic collections (an allocation only asks for one; it runs here,
// where no C++ code is half-way through building an object).
#pragma once

namespace glasspy::rt {

// Installs the SIGINT handler (CPython: signal.default_int_handler), so that
// Ctrl-C becomes KeyboardInterrupt instead of killing the process.
void install_signal_handlers();

// Sees to whatever set the eval breaker; false with the exception set
// (KeyboardInterrupt) when Python code must not go on.
bool handle_eval_breaker();

// For long loops in C++ (CPython: PyErr_CheckSignals): false with
// KeyboardInterrupt set if Ctrl-C was pressed since the last check.
bool check_signals();

// After an uncaught KeyboardInterrupt: end the process by SIGINT with the
// default action, so that the shell sees "killed by Ctrl-C" (exit status
// 130), as CPython does (Py_RunMain's _Py_UnhandledKeyboardInterrupt).
[[noreturn]] void exit_by_sigint();

}  // namespace glasspy::rt
