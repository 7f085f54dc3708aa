// Tables generated from opcodes.def (see opcodes.hpp).
#include "interp/opcodes.hpp"

#include <array>

namespace glasspy::interp {

namespace {

std::array<OpcodeInfo, 256> make_table() {
    std::array<OpcodeInfo, 256> table{};
    for (auto& entry : table) entry = {"", Operand::NONE, 0, ""};
#define GP_OPCODE(name, number, operand, caches, effect, jump_effect, doc) \
    table[number] = {#name, Operand::operand, caches, doc};
#include "interp/opcodes.def"
#undef GP_OPCODE
    return table;
}

const std::array<OpcodeInfo, 256> TABLE = make_table();

}  // namespace

const OpcodeInfo& opcode_info(int number) { return TABLE[static_cast<std::size_t>(number & 0xFF)]; }

int stack_effect(Opcode op, int oparg, bool jump) {
    switch (op) {
#define GP_OPCODE(name, number, operand, caches, effect, jump_effect, doc) \
    case Opcode::name:                                                     \
        return jump ? (jump_effect) : (effect);
#include "interp/opcodes.def"
#undef GP_OPCODE
    }
    return 0;
}

}  // namespace glasspy::interp
