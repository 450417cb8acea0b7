/* Process and file-descriptor wrappers: each is one int $0x80 (through
 * __syscall6) plus the errno convention from sys.h.  The kernel side of
 * each call is the function its __NR_ number selects in the dispatch table. */
#include "sys.h"

/* exit_group, not exit: exit(2) only ends the calling thread, while C's
 * exit() must end the whole process.  glibc and musl do the same. */
void _exit(int status)
{
	for (;;)
		sys1(__NR_exit_group, status);
}

/* No stdio buffers to flush (printf writes immediately), so exit is _exit. */
void exit(int status)
{
	_exit(status);
}

pid_t getpid(void)  { return sys0(__NR_getpid); }
pid_t getppid(void) { return sys0(__NR_getppid); }
pid_t gettid(void)  { return sys0(__NR_gettid); }

/* The child resumes inside __syscall6 with %eax = 0 on a copy of our
 * stack, so it returns from here just like the parent, with 0. */
pid_t fork(void)
{
	return sys_ret(sys0(__NR_fork));
}

pid_t wait4(pid_t pid, int *status, int options, void *rusage)
{
	return sys_ret(sys4(__NR_wait4, pid, status, options, rusage));
}

/* Like glibc and musl on i386: waitpid is wait4 without resource usage. */
pid_t waitpid(pid_t pid, int *status, int options)
{
	return wait4(pid, status, options, NULL);
}

int kill(pid_t pid, int sig)
{
	return sys_ret(sys2(__NR_kill, pid, sig));
}

int set_thread_area(struct user_desc *u)
{
	return sys_ret(sys1(__NR_set_thread_area, u));
}

ssize_t read(int fd, void *buf, size_t n)
{
	return sys_ret(sys3(__NR_read, fd, buf, n));
}

ssize_t write(int fd, const void *buf, size_t n)
{
	return sys_ret(sys3(__NR_write, fd, buf, n));
}

ssize_t readv(int fd, const struct iovec *iov, int cnt)
{
	return sys_ret(sys3(__NR_readv, fd, iov, cnt));
}

ssize_t writev(int fd, const struct iovec *iov, int cnt)
{
	return sys_ret(sys3(__NR_writev, fd, iov, cnt));
}

int close(int fd)            { return sys_ret(sys1(__NR_close, fd)); }
int dup(int fd)              { return sys_ret(sys1(__NR_dup, fd)); }
int dup2(int oldfd, int newfd) { return sys_ret(sys2(__NR_dup2, oldfd, newfd)); }

/* fcntl64, as glibc and musl use on i386; for the commands we pass it
 * behaves exactly like fcntl(55). */
int fcntl(int fd, int cmd, long arg)
{
	return sys_ret(sys3(__NR_fcntl64, fd, cmd, arg));
}

int ioctl(int fd, unsigned long request, void *arg)
{
	return sys_ret(sys3(__NR_ioctl, fd, request, arg));
}

int poll(struct pollfd *fds, unsigned long nfds, int timeout_ms)
{
	return sys_ret(sys3(__NR_poll, fds, nfds, timeout_ms));
}
