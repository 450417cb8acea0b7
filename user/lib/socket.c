/* Socket wrappers built the way glibc builds them on i386: the arguments
 * go into an array of unsigned long, and socketcall(102) gets the SYS_xxx
 * sub-call number plus a pointer to that array.  The kernel must copy the
 * array in from user space, then dispatch (see include/uapi/linux/net.h). */
#include "sys.h"

static long socketcall(int call, unsigned long *args)
{
	return sys_ret(sys2(__NR_socketcall, call, args));
}

/* Build the array from the macro arguments and make the call. */
#define SOCKETCALL(call, ...) \
	socketcall(call, (unsigned long[]){ __VA_ARGS__ })
#define UL(x) ((unsigned long)(x))

int socket(int domain, int type, int protocol)
{
	return SOCKETCALL(SYS_SOCKET, UL(domain), UL(type), UL(protocol));
}

int socketpair(int domain, int type, int protocol, int sv[2])
{
	return SOCKETCALL(SYS_SOCKETPAIR, UL(domain), UL(type), UL(protocol), UL(sv));
}

int bind(int fd, const struct sockaddr *addr, socklen_t len)
{
	return SOCKETCALL(SYS_BIND, UL(fd), UL(addr), UL(len));
}

int connect(int fd, const struct sockaddr *addr, socklen_t len)
{
	return SOCKETCALL(SYS_CONNECT, UL(fd), UL(addr), UL(len));
}

int listen(int fd, int backlog)
{
	return SOCKETCALL(SYS_LISTEN, UL(fd), UL(backlog));
}

int accept(int fd, struct sockaddr *addr, socklen_t *len)
{
	return SOCKETCALL(SYS_ACCEPT, UL(fd), UL(addr), UL(len));
}

int accept4(int fd, struct sockaddr *addr, socklen_t *len, int flags)
{
	return SOCKETCALL(SYS_ACCEPT4, UL(fd), UL(addr), UL(len), UL(flags));
}

int getsockname(int fd, struct sockaddr *addr, socklen_t *len)
{
	return SOCKETCALL(SYS_GETSOCKNAME, UL(fd), UL(addr), UL(len));
}

int getpeername(int fd, struct sockaddr *addr, socklen_t *len)
{
	return SOCKETCALL(SYS_GETPEERNAME, UL(fd), UL(addr), UL(len));
}

ssize_t send(int fd, const void *buf, size_t n, int flags)
{
	return SOCKETCALL(SYS_SEND, UL(fd), UL(buf), UL(n), UL(flags));
}

ssize_t recv(int fd, void *buf, size_t n, int flags)
{
	return SOCKETCALL(SYS_RECV, UL(fd), UL(buf), UL(n), UL(flags));
}

ssize_t sendto(int fd, const void *buf, size_t n, int flags,
	       const struct sockaddr *to, socklen_t tolen)
{
	return SOCKETCALL(SYS_SENDTO, UL(fd), UL(buf), UL(n), UL(flags),
			  UL(to), UL(tolen));
}

ssize_t recvfrom(int fd, void *buf, size_t n, int flags,
		 struct sockaddr *from, socklen_t *fromlen)
{
	return SOCKETCALL(SYS_RECVFROM, UL(fd), UL(buf), UL(n), UL(flags),
			  UL(from), UL(fromlen));
}

int shutdown(int fd, int how)
{
	return SOCKETCALL(SYS_SHUTDOWN, UL(fd), UL(how));
}

int setsockopt(int fd, int level, int name, const void *val, socklen_t len)
{
	return SOCKETCALL(SYS_SETSOCKOPT, UL(fd), UL(level), UL(name), UL(val), UL(len));
}

int getsockopt(int fd, int level, int name, void *val, socklen_t *len)
{
	return SOCKETCALL(SYS_GETSOCKOPT, UL(fd), UL(level), UL(name), UL(val), UL(len));
}

ssize_t sendmsg(int fd, const struct msghdr *msg, int flags)
{
	return SOCKETCALL(SYS_SENDMSG, UL(fd), UL(msg), UL(flags));
}

ssize_t recvmsg(int fd, struct msghdr *msg, int flags)
{
	return SOCKETCALL(SYS_RECVMSG, UL(fd), UL(msg), UL(flags));
}

int sendmmsg(int fd, struct mmsghdr *vec, unsigned int n, int flags)
{
	return SOCKETCALL(SYS_SENDMMSG, UL(fd), UL(vec), UL(n), UL(flags));
}

/* The timeout is the 32-bit struct timespec (the time64 variant is the
 * separate recvmmsg_time64 call, 417). */
int recvmmsg(int fd, struct mmsghdr *vec, unsigned int n, int flags,
	     struct timespec *timeout)
{
	return SOCKETCALL(SYS_RECVMMSG, UL(fd), UL(vec), UL(n), UL(flags), UL(timeout));
}
