/* The user runtime's public header: libc-style wrappers around int $0x80 for
 * the project's own ring-3 programs.  Every wrapper follows libc rules:
 * on failure it sets errno and returns -1 (mmap: MAP_FAILED).  Types and
 * constants come from include/uapi, the same headers the kernel uses. */
#ifndef _ULIB_H
#define _ULIB_H

#include <stdarg.h>
#include <stddef.h>
#include "asm/unistd_32.h"
#include "asm/errno.h"
#include "asm/signal.h"
#include "asm/mman.h"
#include "asm/fcntl.h"
#include "asm/ioctls.h"
#include "asm/ldt.h"
#include "asm/auxvec.h"
#include "linux/types.h"
#include "linux/time.h"
#include "linux/wait.h"
#include "linux/poll.h"
#include "linux/uio.h"
#include "linux/net.h"
#include "linux/socket.h"
#include "linux/in.h"
#include "linux/un.h"
#include "string.h"     /* lib/string.h, shared with the kernel */
#include "vsprintf.h"   /* lib/vsprintf.h: snprintf, vsnprintf */

typedef long  ssize_t;
typedef int   pid_t;
typedef long  off_t;

#define STDIN_FILENO  0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2

/* Decoding a wait status word: exit code in bits 8-15, or the killing
 * signal in bits 0-6 (0x7f there means "stopped"). */
#define WEXITSTATUS(s)  (((s) >> 8) & 0xff)
#define WTERMSIG(s)     ((s) & 0x7f)
#define WSTOPSIG(s)     WEXITSTATUS(s)
#define WIFEXITED(s)    (WTERMSIG(s) == 0)
#define WIFSTOPPED(s)   (((s) & 0xff) == 0x7f)
#define WIFSIGNALED(s)  (WTERMSIG(s) != 0 && WTERMSIG(s) != 0x7f)
#define WCOREDUMP(s)    ((s) & 0x80)

/* --- start-up and errors (start.c, names.c) --- */
extern int    errno;
extern char **environ;
unsigned long getauxval(unsigned long type);    /* 0 if absent */
const char *errno_name(int e);                  /* 14 -> "EFAULT" */
const char *signal_name(int sig);               /* 11 -> "SIGSEGV" */

/* --- raw system call (syscall.S) ---
 * Returns what the kernel put in %eax: a result, or -errno. */
long __syscall6(long nr, long a1, long a2, long a3, long a4, long a5, long a6);

/* --- processes (unistd.c) --- */
void  exit(int status) __attribute__((noreturn));
void  _exit(int status) __attribute__((noreturn));
pid_t getpid(void);
pid_t getppid(void);
pid_t gettid(void);
pid_t fork(void);
pid_t wait4(pid_t pid, int *status, int options, void *rusage);
pid_t waitpid(pid_t pid, int *status, int options);
int   kill(pid_t pid, int sig);
int   set_thread_area(struct user_desc *u);

/* --- file descriptors (unistd.c) --- */
ssize_t read(int fd, void *buf, size_t n);
ssize_t write(int fd, const void *buf, size_t n);
ssize_t readv(int fd, const struct iovec *iov, int cnt);
ssize_t writev(int fd, const struct iovec *iov, int cnt);
int   close(int fd);
int   dup(int fd);
int   dup2(int oldfd, int newfd);
int   fcntl(int fd, int cmd, long arg);
int   ioctl(int fd, unsigned long request, void *arg);
int   poll(struct pollfd *fds, unsigned long nfds, int timeout_ms);

/* --- memory (mman.c) --- */
int   brk(void *addr);
void *sbrk(long increment);
void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off);
int   munmap(void *addr, size_t len);
int   mprotect(void *addr, size_t len, int prot);

/* --- time (time.c) --- */
int   clock_gettime(int clk, struct timespec *ts);
int   nanosleep(const struct timespec *req, struct timespec *rem);
unsigned int sleep(unsigned int seconds);
int   usleep(unsigned long usec);
int   sched_yield(void);

/* --- sockets (socket.c), all through socketcall(102) as glibc does --- */
int     socket(int domain, int type, int protocol);
int     socketpair(int domain, int type, int protocol, int sv[2]);
int     bind(int fd, const struct sockaddr *addr, socklen_t len);
int     connect(int fd, const struct sockaddr *addr, socklen_t len);
int     listen(int fd, int backlog);
int     accept(int fd, struct sockaddr *addr, socklen_t *len);
int     accept4(int fd, struct sockaddr *addr, socklen_t *len, int flags);
int     getsockname(int fd, struct sockaddr *addr, socklen_t *len);
int     getpeername(int fd, struct sockaddr *addr, socklen_t *len);
ssize_t send(int fd, const void *buf, size_t n, int flags);
ssize_t recv(int fd, void *buf, size_t n, int flags);
ssize_t sendto(int fd, const void *buf, size_t n, int flags,
	       const struct sockaddr *to, socklen_t tolen);
ssize_t recvfrom(int fd, void *buf, size_t n, int flags,
		 struct sockaddr *from, socklen_t *fromlen);
int     shutdown(int fd, int how);
int     setsockopt(int fd, int level, int name, const void *val, socklen_t len);
int     getsockopt(int fd, int level, int name, void *val, socklen_t *len);
ssize_t sendmsg(int fd, const struct msghdr *msg, int flags);
ssize_t recvmsg(int fd, struct msghdr *msg, int flags);
int     sendmmsg(int fd, struct mmsghdr *vec, unsigned int n, int flags);
int     recvmmsg(int fd, struct mmsghdr *vec, unsigned int n, int flags,
		 struct timespec *timeout);

/* --- signals (signal.c) --- */
typedef void (*sighandler_t)(int);
sighandler_t signal(int sig, sighandler_t handler);   /* SIG_ERR on failure */

/* --- byte order: i386 is little-endian, the network is big-endian --- */
static inline __u16 htons(__u16 x) { return (__u16)(x << 8 | x >> 8); }
static inline __u32 htonl(__u32 x) { return __builtin_bswap32(x); }
#define ntohs htons
#define ntohl htonl

/* --- output (stdio.c): formatted, then written at once with write(2) --- */
int printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int dprintf(int fd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int vdprintf(int fd, const char *fmt, va_list ap);
int puts(const char *s);
int putchar(int c);

/* --- misc (stdlib.c) --- */
int  atoi(const char *s);
long strtol(const char *s, char **end, int base);

#endif
