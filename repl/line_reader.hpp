// Where the prompt's lines come from: a terminal with line editing
// (terminal_reader.cpp, libedit) or any other stdin, read plainly with the
// prompts on stderr as `python3 -i < file` does (stream_reader.cpp).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace glasspy::repl {

enum class ReadStatus {
    Line,         // a line was read (without its newline)
    EndOfFile,    // Ctrl-D on an empty line, or the end of the input
    Interrupted,  // Ctrl-C while reading: the input so far is dropped
};

struct ReadResult {
    ReadStatus status = ReadStatus::EndOfFile;
    std::string line;
    // False for a line pasted whole at an empty prompt: only the prompt is
    // on the screen, and the console shows the line (console.cpp).
    bool shown = true;
};

class LineReader {
public:
    virtual ~LineReader() = default;
    // Shows the prompt and reads one line; `indent` is offered as already
    // typed (the auto-indent of a continuation line).
    virtual ReadResult read_line(const std::string& prompt, const std::string& indent) = 0;
    // A line worth recalling later (the terminal's history).
    virtual void remember(const std::string&) {}
};

// The completer: the candidates that may replace `word`, the text that
// ends at the cursor and starts at `start` in the whole `line`.
using Completer =
    std::function<std::vector<std::string>(const std::string& line, std::size_t start, const std::string& word)>;

std::unique_ptr<LineReader> make_stream_reader();
// history_file: where history is loaded from and saved to ("" for none).
std::unique_ptr<LineReader> make_terminal_reader(Completer completer, std::string history_file);

}  // namespace glasspy::repl
