/* include/linux/net.h — the socket layer's interfaces.
 *
 * A struct socket is what a socket file descriptor points to (file
 * ->private_data).  Its `ops` is the table of its address family —
 * struct proto_ops, one per family and type (net/unix/af_unix.c; for
 * AF_INET inet_stream_ops in net/ipv4/tcp.c and inet_dgram_ops in
 * net/ipv4/udp.c, next to the code they point at — Linux keeps those two
 * tables, and inet_stream_connect / inet_accept / inet_listen, in
 * af_inet.c) — so net/socket.c dispatches every system call
 * without knowing any protocol.  Families announce themselves with
 * sock_register(); socket(2) looks the family up there.
 */
#ifndef _LINUX_NET_H
#define _LINUX_NET_H

#include <linux/types.h>
#include <linux/kernel.h>
#include <linux/wait.h>
#include <linux/poll.h>
#include <uapi/linux/socket.h>
#include <uapi/linux/net.h>

struct sock;
struct file;
struct socket;

/* socket->state, as in Linux */
typedef enum {
	SS_FREE = 0, SS_UNCONNECTED, SS_CONNECTING, SS_CONNECTED, SS_DISCONNECTING
} socket_state;

#define NPROTO		46	/* AF_MAX */
#define SOCK_MAX	11

struct socket {
	socket_state state;
	short type;
	struct file *file;
	struct sock *sk;
	const struct proto_ops *ops;
};

/* In the kernel, a struct msghdr's msg_name points to a kernel copy of the
 * address and msg_iov to a kernel copy of the iovec array; the data the
 * iovecs describe is still in user space and is copied by the protocol
 * (memcpy_from_msg / memcpy_to_msg), so a bad buffer is found exactly where
 * Linux finds it. */
struct proto_ops {
	int family;
	int (*release)(struct socket *sock);
	int (*bind)(struct socket *sock, struct sockaddr *addr, int addrlen);
	int (*connect)(struct socket *sock, struct sockaddr *addr, int addrlen, int flags);
	int (*socketpair)(struct socket *a, struct socket *b);
	int (*accept)(struct socket *sock, struct socket *newsock, int flags);
	int (*getname)(struct socket *sock, struct sockaddr *addr, int peer);	/* length */
	unsigned int (*poll)(struct file *file, struct socket *sock, poll_table *pt);
	int (*listen)(struct socket *sock, int backlog);
	int (*shutdown)(struct socket *sock, int how);
	int (*setsockopt)(struct socket *sock, int level, int optname, const char __user *optval, unsigned int optlen);
	int (*getsockopt)(struct socket *sock, int level, int optname, char __user *optval, int __user *optlen);
	int (*sendmsg)(struct socket *sock, struct msghdr *m, size_t len);
	int (*recvmsg)(struct socket *sock, struct msghdr *m, size_t len, int flags);
	/* The family's ioctls; -ENOIOCTLCMD: not one of mine. */
	int (*ioctl)(struct socket *sock, unsigned int cmd, unsigned long arg);
};

struct net_proto_family {
	int family;
	int (*create)(struct socket *sock, int protocol);
};

int sock_register(const struct net_proto_family *fam);
void sock_init(void);			/* net/socket.c: registers the families */
void af_unix_init(void);		/* net/unix/af_unix.c */
void inet_init(void);			/* net/ipv4/af_inet.c */
extern unsigned long nr_sockets;	/* struct socket alive */

void sock_send_sigpipe(int flags);	/* unless MSG_NOSIGNAL */

/* Copy the data described by a msghdr's iovecs, advancing through them
 * (net/core/datagram.c).  0 or -EFAULT. */
int memcpy_from_msg(void *to, struct msghdr *m, size_t len);
int memcpy_to_msg(struct msghdr *m, const void *from, size_t len);

/* The system calls, reached from sys_socketcall and from 359..373. */
long __sys_socket(int family, int type, int protocol);
long __sys_socketpair(int family, int type, int protocol, int __user *usockvec);
long __sys_bind(int fd, struct sockaddr __user *umyaddr, int addrlen);
long __sys_connect(int fd, struct sockaddr __user *uservaddr, int addrlen);
long __sys_listen(int fd, int backlog);
long __sys_accept4(int fd, struct sockaddr __user *upeer_sockaddr, int __user *upeer_addrlen, int flags);
long __sys_getsockname(int fd, struct sockaddr __user *usockaddr, int __user *usockaddr_len);
long __sys_getpeername(int fd, struct sockaddr __user *usockaddr, int __user *usockaddr_len);
long __sys_sendto(int fd, void __user *buff, size_t len, unsigned int flags,
		  struct sockaddr __user *addr, int addr_len);
long __sys_recvfrom(int fd, void __user *ubuf, size_t size, unsigned int flags,
		    struct sockaddr __user *addr, int __user *addr_len);
long __sys_shutdown(int fd, int how);
long __sys_setsockopt(int fd, int level, int optname, char __user *optval, int optlen);
long __sys_getsockopt(int fd, int level, int optname, char __user *optval, int __user *optlen);
long __sys_sendmsg(int fd, struct msghdr __user *msg, unsigned int flags);
long __sys_recvmsg(int fd, struct msghdr __user *msg, unsigned int flags);
long __sys_sendmmsg(int fd, struct mmsghdr __user *mmsg, unsigned int vlen, unsigned int flags);
long __sys_recvmmsg(int fd, struct mmsghdr __user *mmsg, unsigned int vlen, unsigned int flags,
		    void __user *timeout);
long sys_socketcall(int call, unsigned long __user *args);

#endif
