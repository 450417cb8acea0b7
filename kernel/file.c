/* kernel/file.c — descriptors: the generic half of read, write, writev,
 * lseek, close, dup, dup2, fcntl and ioctl.
 *
 * These system calls know nothing of consoles or sockets: they turn a
 * descriptor into a struct file, check what every file shares (is it open,
 * is it readable), and call the file's own operation.  Errors follow Linux:
 * EBADF for a descriptor that is not open, EINVAL / EFAULT for bad
 * arguments, ENOTTY for an ioctl a file does not know.  RLIMIT_NOFILE
 * bounds the descriptors a process may open (EMFILE beyond it, EBADF for
 * dup2 to a descriptor at or past it).
 */
#include <linux/kernel.h>
#include <linux/file.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/errno.h>
#include <linux/uaccess.h>
#include <linux/syscalls.h>
#include <uapi/asm/fcntl.h>
#include <uapi/linux/uio.h>
#include <uapi/asm/ioctls.h>

unsigned long nr_files;
static unsigned long last_ino;

struct file *alloc_file(const struct file_operations *fop, unsigned int flags, void *priv)
{
	struct file *f;

	if (nr_files >= NR_FILE)
		return NULL;
	f = kzalloc(sizeof(*f));
	if (!f)
		return NULL;
	nr_files++;
	f->f_ino = ++last_ino;
	f->f_op = fop;
	f->f_count = 1;
	f->f_flags = flags;
	f->private_data = priv;
	return f;
}

void get_file(struct file *f)
{
	f->f_count++;
}

void fput(struct file *f)
{
	if (--f->f_count > 0)
		return;
	if (f->f_op->release)
		f->f_op->release(f);
	kfree(f);
	nr_files--;
}

/* The open file behind fd, or NULL.  It stays valid until the system call
 * returns, even if another thread closes fd meanwhile (Linux's
 * fdget/fdput): when the table is shared, the file gets a reference that
 * do_int80_syscall_32 drops on the way out (fput_held_files).  When it is
 * not, no one else can close fd, and no reference is needed.  A call
 * that looks up more files than NR_HELD_FILES (only a poll whose
 * descriptors another thread keeps replacing could) is told EBADF. */
struct file *fget(int fd)
{
	struct files_struct *files = current->files;
	struct file *f;

	if (!files || fd < 0 || fd >= NR_OPEN || !(f = files->fd[fd]))
		return NULL;
	if (files->count == 1)
		return f;
	for (int i = 0; i < current->nr_held_files; i++)
		if (current->held_files[i] == f)
			return f;
	if (current->nr_held_files == NR_HELD_FILES)
		return NULL;
	get_file(f);
	current->held_files[current->nr_held_files++] = f;
	return f;
}

void fput_held_files(struct task_struct *p)
{
	while (p->nr_held_files > 0)
		fput(p->held_files[--p->nr_held_files]);
}

/* How many descriptors the caller may have: RLIMIT_NOFILE, which
 * setrlimit may lower below the table's size (NR_OPEN). */
static int nofile_limit(void)
{
	return min(rlimit(RLIMIT_NOFILE), (unsigned long)NR_OPEN);
}

int get_unused_fd(int from)
{
	for (int fd = from; fd < nofile_limit(); fd++)
		if (!current->files->fd[fd] && !(current->files->reserved & (1ull << fd)))
			return fd;
	return -EMFILE;
}

/* For a call that may sleep between choosing the number and filling it
 * (accept): with threads, the table can change meanwhile (Linux marks the
 * number in open_fds at once, get_unused_fd_flags). */
int reserve_unused_fd(void)
{
	int fd = get_unused_fd(0);

	if (fd >= 0)
		current->files->reserved |= 1ull << fd;
	return fd;
}

void put_unused_fd(int fd)
{
	current->files->reserved &= ~(1ull << fd);
}

void fd_install(int fd, struct file *f, bool cloexec)
{
	current->files->reserved &= ~(1ull << fd);
	current->files->fd[fd] = f;
	if (cloexec)
		current->files->close_on_exec |= 1ull << fd;
	else
		current->files->close_on_exec &= ~(1ull << fd);
}

struct files_struct *alloc_files(void)
{
	struct files_struct *files = kzalloc(sizeof(struct files_struct));

	if (files)
		files->count = 1;
	return files;
}

struct files_struct *dup_files(struct files_struct *old)
{
	struct files_struct *files = alloc_files();

	if (!files)
		return NULL;
	*files = *old;
	files->count = 1;
	files->reserved = 0;		/* another thread's accept, not ours */
	for (int fd = 0; fd < NR_OPEN; fd++)
		if (files->fd[fd])
			get_file(files->fd[fd]);
	return files;
}

void exit_files(struct task_struct *p)
{
	struct files_struct *files = p->files;

	if (!files)
		return;
	p->files = NULL;
	if (--files->count > 0)
		return;
	for (int fd = 0; fd < NR_OPEN; fd++)
		if (files->fd[fd])
			fput(files->fd[fd]);
	kfree(files);
}

long sys_read(int fd, char __user *buf, size_t count)
{
	struct file *f = fget(fd);

	if (!f || (f->f_flags & O_ACCMODE) == O_WRONLY)
		return -EBADF;
	if (!f->f_op->read)
		return -EINVAL;
	if ((ssize_t)count < 0)
		return -EINVAL;
	if (!access_ok(buf, count))
		return -EFAULT;
	return f->f_op->read(f, buf, count);
}

long sys_write(int fd, const char __user *buf, size_t count)
{
	struct file *f = fget(fd);

	if (!f || (f->f_flags & O_ACCMODE) == O_RDONLY)
		return -EBADF;
	if (!f->f_op->write)
		return -EINVAL;
	if ((ssize_t)count < 0)
		return -EINVAL;
	if (!access_ok(buf, count))
		return -EFAULT;
	return f->f_op->write(f, buf, count);
}

/* lseek and _llseek (Linux: fs/read_write.c).  The order of the checks is
 * Linux's: the descriptor, then whence, then whether the file can seek at
 * all.  No file here has a position yet (the console, pipes and sockets
 * are streams), so a valid call is ESPIPE, as Linux answers for those. */
#define SEEK_MAX	4		/* SEEK_SET, CUR, END, DATA, HOLE */

static long long do_llseek(int fd, long long offset, unsigned int whence)
{
	struct file *f = fget(fd);

	if (!f)
		return -EBADF;
	if (whence > SEEK_MAX)
		return -EINVAL;
	if (!f->f_op->llseek)
		return -ESPIPE;
	return f->f_op->llseek(f, offset, whence);
}

long sys_lseek(int fd, long offset, unsigned int whence)
{
	long long res = do_llseek(fd, offset, whence);

	if (res >= 0 && res != (long)res)
		return -EOVERFLOW;	/* a 32-bit off_t cannot say it */
	return res;
}

long sys_llseek(int fd, unsigned long offset_high, unsigned long offset_low,
		long long __user *result, unsigned int whence)
{
	long long res = do_llseek(fd, ((long long)offset_high << 32) | offset_low, whence);

	if (res < 0)
		return res;
	return copy_to_user(result, &res, sizeof(res)) ? -EFAULT : 0;
}

long sys_writev(int fd, const struct iovec __user *uvec, int iovcnt)
{
	struct file *f = fget(fd);
	struct iovec iov;
	size_t total = 0;
	long done = 0;

	if (!f || (f->f_flags & O_ACCMODE) == O_RDONLY)
		return -EBADF;
	if (iovcnt < 0 || iovcnt > UIO_MAXIOV)
		return -EINVAL;
	/* Check the whole vector first, as Linux's import_iovec does. */
	for (int i = 0; i < iovcnt; i++) {
		if (copy_from_user(&iov, &uvec[i], sizeof(iov)))
			return -EFAULT;
		if ((ssize_t)iov.iov_len < 0 || iov.iov_len > 0x7fffffff - total)
			return -EINVAL;
		if (!access_ok(iov.iov_base, iov.iov_len))
			return -EFAULT;
		total += iov.iov_len;
	}
	for (int i = 0; i < iovcnt; i++) {
		long n;

		copy_from_user(&iov, &uvec[i], sizeof(iov));
		if (!iov.iov_len)
			continue;
		n = f->f_op->write(f, iov.iov_base, iov.iov_len);
		if (n < 0)
			return done ? done : n;
		done += n;
		if ((size_t)n < iov.iov_len)
			break;
	}
	return done;
}

long sys_close(int fd)
{
	struct file *f = fget(fd);

	if (!f)
		return -EBADF;
	current->files->fd[fd] = NULL;
	current->files->close_on_exec &= ~(1ull << fd);
	fput(f);
	return 0;
}

long sys_dup(int oldfd)
{
	struct file *f = fget(oldfd);
	int fd;

	if (!f)
		return -EBADF;
	fd = get_unused_fd(0);
	if (fd < 0)
		return fd;
	get_file(f);
	fd_install(fd, f, false);
	return fd;
}

long sys_dup2(int oldfd, int newfd)
{
	struct file *f = fget(oldfd), *old;

	if (!f)
		return -EBADF;
	if (newfd < 0 || newfd >= nofile_limit())
		return -EBADF;
	if (newfd == oldfd)
		return newfd;
	if (current->files->reserved & (1ull << newfd))
		return -EBUSY;		/* as Linux: an accept() will fill it */
	old = fget(newfd);
	get_file(f);
	fd_install(newfd, f, false);
	if (old)
		fput(old);
	return newfd;
}

long sys_fcntl(int fd, unsigned int cmd, unsigned long arg)
{
	struct file *f = fget(fd);
	int newfd;

	if (!f)
		return -EBADF;
	switch (cmd) {
	case F_DUPFD:
	case F_DUPFD_CLOEXEC:
		if (arg >= (unsigned long)nofile_limit())
			return -EINVAL;
		newfd = get_unused_fd(arg);
		if (newfd < 0)
			return newfd;
		get_file(f);
		fd_install(newfd, f, cmd == F_DUPFD_CLOEXEC);
		return newfd;
	case F_GETFD:
		return (current->files->close_on_exec >> fd) & 1 ? FD_CLOEXEC : 0;
	case F_SETFD:
		fd_install(fd, f, arg & FD_CLOEXEC);
		return 0;
	case F_GETFL:
		return f->f_flags;
	case F_SETFL:
		/* Only these status flags can change after open. */
		f->f_flags = (f->f_flags & ~(O_NONBLOCK | O_APPEND)) | (arg & (O_NONBLOCK | O_APPEND));
		return 0;
	default:
		return -EINVAL;
	}
}

/* The requests every file answers the same way (Linux: do_vfs_ioctl);
 * the rest go to the file's own ioctl — the console's, a socket's. */
long sys_ioctl(int fd, unsigned int cmd, unsigned long arg)
{
	struct file *f = fget(fd);
	int on;

	if (!f)
		return -EBADF;
	switch (cmd) {
	case FIOCLEX:
	case FIONCLEX:
		fd_install(fd, f, cmd == FIOCLEX);
		return 0;
	case FIONBIO:
		if (get_user(on, (int __user *)arg))
			return -EFAULT;
		if (on)
			f->f_flags |= O_NONBLOCK;
		else
			f->f_flags &= ~O_NONBLOCK;
		return 0;
	}
	if (!f->f_op->ioctl)
		return -ENOTTY;
	return f->f_op->ioctl(f, cmd, arg);
}
