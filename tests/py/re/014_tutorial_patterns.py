# The tutorial's practical patterns: QQ numbers, ID card numbers (and their
# parts), mobile phone numbers, e-mail addresses, dates, and a log line.
import re

print(re.findall(r"[1-9]\d{4,10}", "qq: 12345 012345 1234 987654321"))
ids = "张三 11010519491231002X 李四 440524188001010014 bad 12345"
print(re.findall(r"\d{17}[\dX]", ids))
print(re.findall(r"(\d{6})(\d{4})(\d{2})(\d{2})\d{3}[\dX]", ids))
m = re.search(r"(?P<area>\d{6})(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})\d{3}[\dX]", ids)
print(m.groupdict(), m.group("year"), m.span())
print(re.findall(r"1[3-9]\d{9}", "13812345678 12345678901 15900001111 199123456789"))
print(re.fullmatch(r"1[3-9]\d{9}", "13812345678"), re.fullmatch(r"1[3-9]\d{9}", "1381234567"))
emails = "dingdalao@qq.com, a.b-c@example.co.uk; bad@x; x_y@mail.org"
print(re.findall(r"[a-zA-Z0-9_.+-]+@[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)+", emails))
print(re.findall(r"[a-zA-z0-9_-]+@[a-zA-z0-9_-]+\.[a-zA-z0-9_-]+", "dingdalao@qq.com a^b@x.y"))
print(re.findall(r"(\w+)@(\w+)\.com", "tom@qq.com, jerry@163.com"))
print(re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\3/\2/\1", "2023-10-01 and 1999-12-31"))
print(re.findall(r"\d{4}年\d{1,2}月\d{1,2}日", "今天是2023年10月1日，明天是2023年10月2日"))
log = '127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326'
m = re.match(r'(\S+) \S+ \S+ \[([^\]]+)\] "(\w+) (\S+) [^"]*" (\d{3}) (\d+)', log)
print(m.groups())
print(re.sub(r"\s+", " ", "  多余   的 空白  ").strip())
print(re.findall(r"<(\w+)>(.*?)</\1>", "<b>bold</b><i>it</i><b>x</i>"))
print(re.compile(r"^(?=.*[A-Z])(?=.*\d)[A-Za-z\d]{8,}$").match("Passw0rdX") is not None)
