// The interpreter and thread states (see state.hpp).
#include "runtime/state.hpp"

namespace glasspy::rt {

InterpreterState the_interpreter [[gnu::init_priority(101)]];

InterpreterState& InterpreterState::main() { return the_interpreter; }

void InterpreterState::set_refcount_hook(RefcountHook hook, void* context) {
    refcount_hook = hook;
    refcount_context = context;
    if (hook)
        tracing::trace_mask |= tracing::REFCOUNT;
    else
        tracing::trace_mask &= ~static_cast<std::uint32_t>(tracing::REFCOUNT);
}

}  // namespace glasspy::rt
