# dir_fd and follow_symlinks, and the supports_* sets that list them.
import os
import tempfile

print(os.stat in os.supports_fd, os.stat in os.supports_dir_fd, os.stat in os.supports_follow_symlinks)
print(os.access in os.supports_effective_ids, os.rename in os.supports_dir_fd, os.chmod in os.supports_follow_symlinks)
print(type(os.supports_fd).__name__, len(os.supports_effective_ids))

with tempfile.TemporaryDirectory() as top:
    d = os.open(top, os.O_RDONLY)
    fd = os.open('f', os.O_WRONLY | os.O_CREAT, 0o600, dir_fd=d)
    os.write(fd, b'abc')
    os.close(fd)
    print(os.stat('f', dir_fd=d).st_size, os.access('f', os.R_OK, dir_fd=d))
    os.mkdir('sub', dir_fd=d)
    os.rename('f', 'sub/g', src_dir_fd=d, dst_dir_fd=d)
    print(sorted(os.listdir(top)), os.listdir(top + '/sub'))
    os.symlink('sub/g', 'ln', dir_fd=d)
    print(os.readlink('ln', dir_fd=d), os.stat('ln', dir_fd=d).st_size,
          os.stat('ln', dir_fd=d, follow_symlinks=False).st_size == len('sub/g'))
    print(os.lstat('ln', dir_fd=d).st_size == len('sub/g'))
    os.unlink('ln', dir_fd=d)
    os.unlink('sub/g', dir_fd=d)
    os.rmdir('sub', dir_fd=d)
    print(os.listdir(top))
    try:
        os.stat('f', dir_fd='x')
    except TypeError as e:
        print(e)
    try:
        os.unlink('nope', dir_fd=d)
    except FileNotFoundError as e:
        print(e)
    os.close(d)
