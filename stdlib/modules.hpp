// The modules written in C++ and the start-up that makes the interpreter's
// first modules (CPython: Python/pylifecycle.c init_interp_main,
// Modules/config.c's table of built-in modules).
#pragma once

#include <string>
#include <vector>

#include "runtime/object.hpp"

namespace glasspy::stdlib {

// Makes builtins and sys, sys.modules, and registers the other native
// modules with the import system.  argv becomes sys.argv and path sys.path.
// False with the exception set.
bool init_modules(const std::vector<std::string>& argv, const std::vector<std::string>& path);

// A new sys module (sys_module.cpp).
rt::Object* make_sys_module(const std::vector<std::string>& argv, const std::vector<std::string>& path);

// Adds the attributes of sys that describe the interpreter and how it was
// started (sys_info.cpp) to module's namespace d.
bool add_sys_info(rt::Object* module, rt::Object* d);

// Appends item (a new reference, may be null) to list; false if it failed.
bool put_in_list(rt::Object* list, rt::Object* item);

// This process's executable, as sys.executable shows it ("" if unknown).
std::string executable_path();

// The native modules other than sys and builtins, registered with the
// import system by init_modules.
void register_thread_module();  // _thread (thread_module.cpp)
void register_time_module();    // time (time_module.cpp)
void register_math_module();    // math (math_module.cpp)
void register_pcre_module();    // _pcre, the engine under re.py (re/sre_module.cpp)
void register_dis_module();     // _dis, the disassembler under dis.py (dis_module.cpp)
void register_posix_module();   // posix, the system calls under os.py (posix_module.cpp)
void register_gc_module();         // gc, the cycle collector's controls (gc_module.cpp)
void register_weakref_module();    // _weakref, the native part of weakref.py (weakref_module.cpp)
void register_lsprof_module();     // _lsprof, the profiler under cProfile.py (lsprof_module.cpp)
void register_glasspy_module();    // glasspy, the trace views from Python (glasspy_module.cpp)
void register_traceback_module();  // _traceback, the native half of traceback.py (traceback_module.cpp)
void register_struct_module();     // _struct, the native part of struct.py (struct_module.cpp)
void register_select_module();     // select, waiting for several descriptors (select_module.cpp)
void register_socket_module();     // _socket, the system calls under socket.py (socket_module.cpp)
void register_hashlib_module();    // _hashlib, OpenSSL's digests under hashlib.py (hashlib_module.cpp)
void register_multiprocessing_module();  // _multiprocessing, shared memory and semaphores (multiprocessing_module.cpp)

// Puts exit and quit into the builtins namespace (quitter.cpp).
bool install_quitters(rt::Object* builtins);
// Puts help into the builtins namespace; it imports pydoc when called (helper.cpp).
bool install_helper(rt::Object* builtins);

// A number of seconds (an int or a float) for sleep() and timeouts, with
// CPython's errors (_PyTime_FromSecondsObject).
bool seconds_arg(rt::Object* o, double* out);

}  // namespace glasspy::stdlib
