// Tests for the embedded stdlib and source text by file name
// (runtime/source_text.cpp): every file of stdlib/lib is in the binary,
// byte for byte, under "<glasspy>/lib", and lines are read from it.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "runtime/source_text.hpp"

using namespace glasspy::rt;

namespace {

std::string disk_text(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("every stdlib/lib file is embedded as it is on disk", "[source_text]") {
    std::filesystem::path root = GLASSPY_TEST_STDLIB_LIB;
    int files = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
        if (entry.path().extension() != ".py") continue;
        ++files;
        std::string name = std::string(EMBEDDED_STDLIB_ROOT) + "/" + entry.path().lexically_relative(root).string();
        auto text = embedded_source(name);
        INFO(name);
        REQUIRE(text.has_value());
        CHECK(*text == disk_text(entry.path()));
    }
    int embedded = 0;
    for (const EmbeddedFile* f = EMBEDDED_STDLIB; !f->path.empty(); ++f) ++embedded;
    CHECK(embedded == files);
    CHECK(files >= 6);
}

TEST_CASE("names under the root", "[source_text]") {
    CHECK(embedded_source("<glasspy>/lib/re.py").has_value());
    CHECK_FALSE(embedded_source("<glasspy>/lib/no_such_module.py").has_value());
    CHECK_FALSE(embedded_source("<glasspy>/libre.py").has_value());
    CHECK_FALSE(embedded_source("re.py").has_value());
    CHECK(is_embedded_dir("<glasspy>/lib"));
    CHECK_FALSE(is_embedded_dir("<glasspy>/lib/re"));
    CHECK_FALSE(is_embedded_dir("<glasspy>"));
}

TEST_CASE("lines of embedded and disk files", "[source_text]") {
    std::string first = std::string(*embedded_source("<glasspy>/lib/re.py")).substr(0, 200);
    first = first.substr(0, first.find('\n'));
    CHECK(source_text_line("<glasspy>/lib/re.py", 1) == first);
    CHECK_FALSE(source_text_line("<glasspy>/lib/re.py", 0).has_value());
    CHECK_FALSE(source_text_line("<glasspy>/lib/re.py", 1000000).has_value());

    std::filesystem::path tmp = std::filesystem::temp_directory_path() / "glasspy_source_text_test.py";
    {
        std::ofstream out(tmp, std::ios::binary);
        out << "a = 1\r\n\nlast";
    }
    CHECK(source_text_line(tmp.string(), 1) == "a = 1");
    CHECK(source_text_line(tmp.string(), 2) == "");
    CHECK(source_text_line(tmp.string(), 3) == "last");
    CHECK_FALSE(source_text_line(tmp.string(), 4).has_value());
    std::filesystem::remove(tmp);
    CHECK_FALSE(source_text_line(tmp.string(), 1).has_value());
}
