// The opcodes of opcodes.def as an enum, with their names, operand kinds,
// inline cache counts and stack effects.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace glasspy::interp {

enum class Opcode : std::uint8_t {
#define GP_OPCODE(name, number, operand, caches, effect, jump_effect, doc) name = number,
#include "interp/opcodes.def"
#undef GP_OPCODE
};

// What an instruction's oparg means (opcodes.def's operand column).
enum class Operand : std::uint8_t { NONE, ARG, CONST, NAME, LOCAL, FREE, COMPARE, BINARY, JUMP };

struct OpcodeInfo {
    std::string_view name;  // empty for numbers that are no opcode
    Operand operand;
    int caches;
    std::string_view doc;
};

// Everything opcodes.def says about an opcode number (0..255).
const OpcodeInfo& opcode_info(int number);
inline const OpcodeInfo& opcode_info(Opcode op) { return opcode_info(static_cast<int>(op)); }

// How many inline CACHE code units follow each opcode: the eval loop skips
// them on every instruction, so this is a table it can index directly.
inline constexpr std::array<std::uint8_t, 256> OPCODE_CACHES = [] {
    std::array<std::uint8_t, 256> table{};
#define GP_OPCODE(name, number, operand, caches, effect, jump_effect, doc) table[number] = caches;
#include "interp/opcodes.def"
#undef GP_OPCODE
    return table;
}();

// The change in stack depth of `op` with this oparg, when it falls through
// (jump false) or jumps (jump true): what dis.stack_effect returns.
int stack_effect(Opcode op, int oparg, bool jump);

}  // namespace glasspy::interp
