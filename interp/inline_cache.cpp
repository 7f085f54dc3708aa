// Filling the inline caches (see inline_cache.hpp).
#include "interp/inline_cache.hpp"

#include "runtime/abstract.hpp"
#include "runtime/descr.hpp"
#include "runtime/errors.hpp"

namespace glasspy::interp {

namespace {

void store_version(std::uint16_t* cache, unsigned int version) {
    cache[0] = static_cast<std::uint16_t>(version & 0xFFFF);
    cache[1] = static_cast<std::uint16_t>(version >> 16);
}

}  // namespace

void fill_attr_cache(Object* owner, Object* name, std::uint16_t* cache, bool store) {
    rt::TypeObject* type = owner->ob_type;
    bool generic = store ? type->tp_setattro == rt::generic_setattr
                         : type->tp_getattro == rt::generic_getattr;
    if (!generic || type->tp_version_tag == 0 || !rt::dictimpl::is_str_exact(name)) return;
    Object* descr = rt::type_lookup(type, name);
    if (descr && descr->ob_type == &rt::member_descr_type) {
        const rt::MemberDef* member = static_cast<rt::MemberDescrObject*>(descr)->d_member;
        if (member->field || member->kind != rt::MemberKind::ObjectOrError || member->offset <= 0 ||
            member->offset > 0xFFFF || (store && member->readonly))
            return;
        store_version(cache, type->tp_version_tag);
        cache[2] = static_cast<std::uint16_t>(member->offset);
        cache[3] = ATTR_IN_SLOT;
        return;
    }
    if (descr && descr->ob_type->tp_descr_set) return;  // a data descriptor decides, not the dict
    rt::DictObject* dict = fixed_instance_dict(owner);
    if (!dict || dict->ma_keys->dk_kind != rt::dictimpl::DICT_KEYS_UNICODE) return;
    rt::ssize_t ix = rt::dictimpl::dict_lookup(dict, name, rt::dictimpl::hash_of_str(name), nullptr);
    if (ix < 0 && descr && !store) {
        store_version(cache, type->tp_version_tag);
        cache[3] = ATTR_ON_CLASS;
        return;
    }
    if (ix < 0 || ix > 0xFFFF) {
        rt::clear_error();  // a str key's lookup cannot fail; nothing to report
        return;
    }
    store_version(cache, type->tp_version_tag);
    cache[2] = static_cast<std::uint16_t>(ix);
    cache[3] = ATTR_IN_DICT;
}

void fill_method_cache(Object* owner, Object* meth, std::uint16_t* cache) {
    rt::TypeObject* type = owner->ob_type;
    if (type->tp_version_tag == 0) return;
    store_version(cache, type->tp_version_tag);
    std::memcpy(cache + 2, &meth, sizeof meth);
}

}  // namespace glasspy::interp
