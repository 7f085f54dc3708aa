// Tab completion at the prompt (CPython: Lib/rlcompleter.py, plus module
// names after `import`/`from` and the meta-commands).
#pragma once

#include <string>
#include <vector>

#include "runtime/object.hpp"

namespace glasspy::repl {

// The candidates for `word` (which starts at `start` in `line`), evaluated
// in the namespace `globals`.  For `a.b.c` only the dotted name `a.b` is
// looked up (getattr and dir, nothing else runs), as rlcompleter does.
std::vector<std::string> complete(rt::Object* globals, const std::string& line, std::size_t start,
                                  const std::string& word);

}  // namespace glasspy::repl
