// Freeing what reference cycles keep alive at exit; see finalize.cpp.
#pragma once

namespace glasspy::rt {

// Breaks the cycles left once the modules' namespaces are cleared.
void finalize_objects();

}  // namespace glasspy::rt
