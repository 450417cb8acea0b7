/* net/socket.c — the socket system calls: sys_socketcall and the
 * __sys_* functions, and the glue between sockets and files.
 *
 * This is where a socket system call enters the network code.  On i386,
 * glibc and musl call socketcall (system call 102) with a sub-call number
 * and a pointer to the arguments; sys_socketcall copies exactly nargs[call]
 * of them from user space and calls one __sys_* function per sub-call.
 * Since Linux 4.3 the same functions are also system calls of their own
 * (359..373, kernel/syscall.c).  Each __sys_* function checks its
 * arguments in the order Linux does — that order decides which error a
 * caller sees when several things are wrong — turns the descriptor into a
 * struct socket, and calls the socket's family through sock->ops.  No
 * protocol is named here.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/file.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/uaccess.h>
#include <linux/net.h>
#include <net/sock.h>
#include <uapi/asm/fcntl.h>
#include <uapi/asm/ioctls.h>
#include <uapi/linux/if.h>
#include <uapi/linux/sockios.h>
#include <uapi/linux/stat.h>
#include <linux/netdevice.h>
#include <uapi/asm/signal.h>
#include <uapi/linux/uio.h>

#define MAX_RW_COUNT	(0x7fffffff & PAGE_MASK)
#define SOMAXCONN	4096

unsigned long nr_sockets;
static const struct net_proto_family *net_families[NPROTO];
static const struct file_operations socket_file_ops;

int sock_register(const struct net_proto_family *fam)
{
	if (fam->family < 0 || fam->family >= NPROTO || net_families[fam->family])
		return -EEXIST;
	net_families[fam->family] = fam;
	return 0;
}

/* --- sockets and their files --- */

static struct socket *sock_alloc(void)
{
	struct socket *sock = kzalloc(sizeof(*sock));

	if (sock) {
		sock->state = SS_UNCONNECTED;
		nr_sockets++;
	}
	return sock;
}

static void sock_release(struct socket *sock)
{
	if (sock->ops)
		sock->ops->release(sock);
	kfree(sock);
	nr_sockets--;
}

static int sock_create(int family, int type, int protocol, struct socket **res)
{
	const struct net_proto_family *pf;
	struct socket *sock;
	int err;

	if (family < 0 || family >= NPROTO)
		return -EAFNOSUPPORT;
	if (type < 0 || type >= SOCK_MAX)
		return -EINVAL;
	sock = sock_alloc();
	if (!sock)
		return -ENFILE;
	sock->type = type;
	pf = net_families[family];
	if (!pf) {
		sock_release(sock);
		return -EAFNOSUPPORT;
	}
	err = pf->create(sock, protocol);
	if (err) {
		sock->ops = NULL;	/* nothing to release at the protocol */
		sock_release(sock);
		return err;
	}
	*res = sock;
	return 0;
}

static struct file *sock_alloc_file(struct socket *sock, int flags)
{
	struct file *f = alloc_file(&socket_file_ops, O_RDWR | (flags & O_NONBLOCK), sock);

	if (f) {
		sock->file = f;
		f->f_imode = S_IFSOCK | 0777;	/* what fstat says, as Linux */
	}
	return f;
}

/* A new descriptor for sock; on failure the socket is released. */
static int sock_map_fd(struct socket *sock, int flags)
{
	int fd = get_unused_fd(0);
	struct file *f;

	if (fd < 0) {
		sock_release(sock);
		return fd;
	}
	f = sock_alloc_file(sock, flags);
	if (!f) {
		sock_release(sock);
		return -ENFILE;
	}
	fd_install(fd, f, flags & O_CLOEXEC);
	return fd;
}

static struct socket *sock_from_file(struct file *f)
{
	return f->f_op == &socket_file_ops ? f->private_data : NULL;
}

static struct socket *sockfd_lookup(int fd, int *err)
{
	struct file *f = fget(fd);
	struct socket *sock;

	if (!f) {
		*err = -EBADF;
		return NULL;
	}
	sock = sock_from_file(f);
	if (!sock)
		*err = -ENOTSOCK;
	return sock;
}

/* --- addresses between user and kernel --- */

static int move_addr_to_kernel(void __user *uaddr, int ulen, struct sockaddr_storage *kaddr)
{
	if (ulen < 0 || ulen > (int)sizeof(*kaddr))
		return -EINVAL;
	if (ulen == 0)
		return 0;
	return copy_from_user(kaddr, uaddr, ulen) ? -EFAULT : 0;
}

/* Copy an address out, truncated to the caller's buffer, and write the
 * address's full length back to *ulen — so a caller can tell it was cut. */
static int move_addr_to_user(struct sockaddr_storage *kaddr, int klen, void __user *uaddr, int __user *ulen)
{
	int len;

	if (get_user(len, ulen))
		return -EFAULT;
	if (len > klen)
		len = klen;
	if (len < 0)
		return -EINVAL;
	if (len && copy_to_user(uaddr, kaddr, len))
		return -EFAULT;
	return put_user(klen, ulen);
}

/* --- the system calls --- */

long __sys_socket(int family, int type, int protocol)
{
	int flags = type & ~SOCK_TYPE_MASK;
	struct socket *sock;
	int err;

	if (flags & ~(SOCK_CLOEXEC | SOCK_NONBLOCK))
		return -EINVAL;
	err = sock_create(family, type & SOCK_TYPE_MASK, protocol, &sock);
	if (err)
		return err;
	return sock_map_fd(sock, flags);
}

long __sys_socketpair(int family, int type, int protocol, int __user *usockvec)
{
	int flags = type & ~SOCK_TYPE_MASK;
	struct socket *sock1, *sock2;
	struct file *f1, *f2;
	int fd1, fd2, err;

	if (flags & ~(SOCK_CLOEXEC | SOCK_NONBLOCK))
		return -EINVAL;
	type &= SOCK_TYPE_MASK;
	/* As Linux: reserve both descriptors and write them out first. */
	fd1 = get_unused_fd(0);
	if (fd1 < 0)
		return fd1;
	fd2 = get_unused_fd(fd1 + 1);	/* fd1 is the lowest free: fd2 the next */
	if (fd2 < 0)
		return fd2;
	if (put_user(fd1, &usockvec[0]) || put_user(fd2, &usockvec[1]))
		return -EFAULT;
	err = sock_create(family, type, protocol, &sock1);
	if (err)
		return err;
	err = sock_create(family, type, protocol, &sock2);
	if (err) {
		sock_release(sock1);
		return err;
	}
	err = sock1->ops->socketpair(sock1, sock2);
	if (err)
		goto fail;
	err = -ENFILE;
	f1 = sock_alloc_file(sock1, flags);
	if (!f1)
		goto fail;
	f2 = sock_alloc_file(sock2, flags);
	if (!f2) {
		sock1->file = NULL;
		f1->private_data = NULL;
		fput(f1);	/* releases nothing: sock1 is released below */
		goto fail;
	}
	fd_install(fd1, f1, flags & O_CLOEXEC);
	fd_install(fd2, f2, flags & O_CLOEXEC);
	return 0;
fail:
	sock_release(sock1);
	sock_release(sock2);
	return err;
}

long __sys_bind(int fd, struct sockaddr __user *umyaddr, int addrlen)
{
	struct sockaddr_storage address;
	struct socket *sock;
	int err;

	sock = sockfd_lookup(fd, &err);
	if (!sock)
		return err;
	err = move_addr_to_kernel(umyaddr, addrlen, &address);
	if (err)
		return err;
	return sock->ops->bind(sock, (struct sockaddr *)&address, addrlen);
}

long __sys_connect(int fd, struct sockaddr __user *uservaddr, int addrlen)
{
	struct sockaddr_storage address;
	struct file *f = fget(fd);
	struct socket *sock;
	int err;

	if (!f)
		return -EBADF;
	/* Linux copies the address before it checks that fd is a socket. */
	err = move_addr_to_kernel(uservaddr, addrlen, &address);
	if (err)
		return err;
	sock = sock_from_file(f);
	if (!sock)
		return -ENOTSOCK;
	return sock->ops->connect(sock, (struct sockaddr *)&address, addrlen, f->f_flags);
}

long __sys_listen(int fd, int backlog)
{
	struct socket *sock;
	int err;

	sock = sockfd_lookup(fd, &err);
	if (!sock)
		return err;
	if ((unsigned int)backlog > SOMAXCONN)
		backlog = SOMAXCONN;
	return sock->ops->listen(sock, backlog);
}

long __sys_accept4(int fd, struct sockaddr __user *upeer_sockaddr, int __user *upeer_addrlen, int flags)
{
	struct sockaddr_storage address;
	struct socket *sock, *newsock;
	struct file *f, *newfile;
	int newfd, err, len;

	/* Linux's order (since 5.x): the descriptor, the flags, a free
	 * descriptor for the new socket, and only then "is it a socket?". */
	f = fget(fd);
	if (!f)
		return -EBADF;
	if (flags & ~(SOCK_CLOEXEC | SOCK_NONBLOCK))
		return -EINVAL;
	newfd = reserve_unused_fd();	/* held while accept sleeps */
	if (newfd < 0)
		return newfd;
	sock = sock_from_file(f);
	if (!sock) {
		put_unused_fd(newfd);
		return -ENOTSOCK;
	}
	newsock = sock_alloc();
	if (!newsock) {
		put_unused_fd(newfd);
		return -ENFILE;
	}
	newsock->type = sock->type;
	newsock->ops = sock->ops;
	newfile = sock_alloc_file(newsock, flags);
	if (!newfile) {
		newsock->ops = NULL;
		sock_release(newsock);
		put_unused_fd(newfd);
		return -ENFILE;
	}
	/* The listening socket's O_NONBLOCK decides whether accept waits. */
	err = sock->ops->accept(sock, newsock, f->f_flags);
	if (err < 0) {
		newsock->ops = NULL;	/* accept left nothing to release */
		fput(newfile);
		put_unused_fd(newfd);
		return err;
	}
	if (upeer_sockaddr) {
		len = newsock->ops->getname(newsock, (struct sockaddr *)&address, 1);
		if (len < 0) {
			fput(newfile);
			put_unused_fd(newfd);
			return -ECONNABORTED;
		}
		/* As Linux: a bad address buffer loses the connection. */
		err = move_addr_to_user(&address, len, upeer_sockaddr, upeer_addrlen);
		if (err < 0) {
			fput(newfile);
			put_unused_fd(newfd);
			return err;
		}
	}
	fd_install(newfd, newfile, flags & O_CLOEXEC);
	return newfd;
}

static long getname(int fd, struct sockaddr __user *usockaddr, int __user *usockaddr_len, int peer)
{
	struct sockaddr_storage address;
	struct socket *sock;
	int err;

	sock = sockfd_lookup(fd, &err);
	if (!sock)
		return err;
	err = sock->ops->getname(sock, (struct sockaddr *)&address, peer);
	if (err < 0)
		return err;
	return move_addr_to_user(&address, err, usockaddr, usockaddr_len);
}

long __sys_getsockname(int fd, struct sockaddr __user *usockaddr, int __user *usockaddr_len)
{
	return getname(fd, usockaddr, usockaddr_len, 0);
}

long __sys_getpeername(int fd, struct sockaddr __user *usockaddr, int __user *usockaddr_len)
{
	return getname(fd, usockaddr, usockaddr_len, 1);
}

static int sock_sendmsg(struct socket *sock, struct msghdr *msg, size_t len)
{
	return sock->ops->sendmsg(sock, msg, len);
}

static int sock_recvmsg(struct socket *sock, struct msghdr *msg, size_t len, int flags)
{
	return sock->ops->recvmsg(sock, msg, len, flags);
}

/* One user buffer as a message (Linux: import_single_range): the length
 * capped as Linux caps it, the range checked before anything else. */
static int import_single_range(void __user *buf, size_t len, struct iovec *iov, struct msghdr *msg)
{
	if (len > MAX_RW_COUNT)
		len = MAX_RW_COUNT;
	if (!access_ok(buf, len))
		return -EFAULT;
	iov->iov_base = buf;
	iov->iov_len = len;
	msg->msg_iov = iov;
	msg->msg_iovlen = 1;
	return 0;
}

long __sys_sendto(int fd, void __user *buff, size_t len, unsigned int flags,
		  struct sockaddr __user *addr, int addr_len)
{
	struct sockaddr_storage address;
	struct iovec iov;
	struct msghdr msg = { 0 };
	struct socket *sock;
	int err;

	/* The buffer is checked before the descriptor, as Linux does. */
	err = import_single_range(buff, len, &iov, &msg);
	if (err)
		return err;
	sock = sockfd_lookup(fd, &err);
	if (!sock)
		return err;
	if (addr) {
		err = move_addr_to_kernel(addr, addr_len, &address);
		if (err)
			return err;
		msg.msg_name = &address;
		msg.msg_namelen = addr_len;
	}
	if (sock->file->f_flags & O_NONBLOCK)
		flags |= MSG_DONTWAIT;
	msg.msg_flags = flags;
	return sock_sendmsg(sock, &msg, iov.iov_len);
}

long __sys_recvfrom(int fd, void __user *ubuf, size_t size, unsigned int flags,
		    struct sockaddr __user *addr, int __user *addr_len)
{
	struct sockaddr_storage address;
	struct iovec iov;
	struct msghdr msg = { 0 };
	struct socket *sock;
	int err, err2;

	err = import_single_range(ubuf, size, &iov, &msg);
	if (err)
		return err;
	sock = sockfd_lookup(fd, &err);
	if (!sock)
		return err;
	msg.msg_name = addr ? &address : NULL;
	msg.msg_namelen = 0;
	if (sock->file->f_flags & O_NONBLOCK)
		flags |= MSG_DONTWAIT;
	err = sock_recvmsg(sock, &msg, iov.iov_len, flags);
	if (err >= 0 && addr) {
		err2 = move_addr_to_user(&address, msg.msg_namelen, addr, addr_len);
		if (err2 < 0)
			err = err2;
	}
	return err;
}

long __sys_shutdown(int fd, int how)
{
	struct socket *sock;
	int err;

	sock = sockfd_lookup(fd, &err);
	if (!sock)
		return err;
	return sock->ops->shutdown(sock, how);
}

long __sys_setsockopt(int fd, int level, int optname, char __user *optval, int optlen)
{
	struct socket *sock;
	int err;

	sock = sockfd_lookup(fd, &err);
	if (!sock)
		return err;
	if (optlen < 0)
		return -EINVAL;
	if (level == SOL_SOCKET)
		return sock_setsockopt(sock, optname, optval, optlen);
	return sock->ops->setsockopt(sock, level, optname, optval, optlen);
}

long __sys_getsockopt(int fd, int level, int optname, char __user *optval, int __user *optlen)
{
	struct socket *sock;
	int err;

	sock = sockfd_lookup(fd, &err);
	if (!sock)
		return err;
	if (level == SOL_SOCKET)
		return sock_getsockopt(sock, optname, optval, optlen);
	return sock->ops->getsockopt(sock, level, optname, optval, optlen);
}

/* --- sendmsg / recvmsg and their batches --- */

/* A user msghdr, copied in: the header, the iovec array (in iov, at most
 * UIO_MAXIOV entries), and for sending, the address. */
struct kmsg {
	struct msghdr msg;
	void __user *uname;		/* the caller's msg_name */
	struct iovec *iov;
	struct sockaddr_storage address;
	size_t len;
};

static int copy_msghdr_from_user(struct kmsg *k, struct msghdr __user *umsg, bool sending)
{
	struct msghdr *m = &k->msg;
	void __user *uname;

	k->iov = NULL;
	if (copy_from_user(m, umsg, sizeof(*m)))
		return -EFAULT;
	uname = k->uname = m->msg_name;
	if (!uname)
		m->msg_namelen = 0;
	if (m->msg_namelen < 0)
		return -EINVAL;
	if (m->msg_namelen > (int)sizeof(k->address))
		m->msg_namelen = sizeof(k->address);
	m->msg_name = uname ? &k->address : NULL;
	if (uname && sending && move_addr_to_kernel(uname, m->msg_namelen, &k->address))
		return -EFAULT;
	if (m->msg_iovlen > UIO_MAXIOV)
		return -EMSGSIZE;
	k->iov = kmalloc(m->msg_iovlen * sizeof(struct iovec) + 1);
	if (!k->iov)
		return -ENOMEM;
	if (copy_from_user(k->iov, m->msg_iov, m->msg_iovlen * sizeof(struct iovec)))
		return -EFAULT;
	k->len = 0;
	for (size_t i = 0; i < m->msg_iovlen; i++) {
		size_t len = k->iov[i].iov_len;

		if ((ssize_t)len < 0)
			return -EINVAL;
		if (len > MAX_RW_COUNT - k->len)
			len = k->iov[i].iov_len = MAX_RW_COUNT - k->len;
		if (!access_ok(k->iov[i].iov_base, len))
			return -EFAULT;
		k->len += len;
	}
	m->msg_iov = k->iov;
	return 0;
}

static long do_sendmsg(struct socket *sock, struct msghdr __user *umsg, unsigned int flags)
{
	struct kmsg k;
	long err = copy_msghdr_from_user(&k, umsg, true);

	if (!err) {
		if (sock->file->f_flags & O_NONBLOCK)
			flags |= MSG_DONTWAIT;
		k.msg.msg_flags = flags;
		err = sock_sendmsg(sock, &k.msg, k.len);
	}
	kfree(k.iov);
	return err;
}

static long do_recvmsg(struct socket *sock, struct msghdr __user *umsg, unsigned int flags)
{
	struct kmsg k;
	long err, len;

	err = copy_msghdr_from_user(&k, umsg, false);
	if (err)
		goto out;
	k.msg.msg_namelen = 0;
	k.msg.msg_flags = 0;
	if (sock->file->f_flags & O_NONBLOCK)
		flags |= MSG_DONTWAIT;
	err = len = sock_recvmsg(sock, &k.msg, k.len, flags);
	if (err < 0)
		goto out;
	if (k.uname) {
		err = move_addr_to_user(&k.address, k.msg.msg_namelen, k.uname, &umsg->msg_namelen);
		if (err)
			goto out;
	}
	if (put_user(k.msg.msg_flags, &umsg->msg_flags) || put_user(0, &umsg->msg_controllen)) {
		err = -EFAULT;
		goto out;
	}
	err = len;
out:
	kfree(k.iov);
	return err;
}

long __sys_sendmsg(int fd, struct msghdr __user *msg, unsigned int flags)
{
	struct socket *sock;
	int err;

	sock = sockfd_lookup(fd, &err);
	if (!sock)
		return err;
	return do_sendmsg(sock, msg, flags);
}

long __sys_recvmsg(int fd, struct msghdr __user *msg, unsigned int flags)
{
	struct socket *sock;
	int err;

	sock = sockfd_lookup(fd, &err);
	if (!sock)
		return err;
	return do_recvmsg(sock, msg, flags);
}

long __sys_sendmmsg(int fd, struct mmsghdr __user *mmsg, unsigned int vlen, unsigned int flags)
{
	struct socket *sock;
	unsigned int datagrams = 0;
	long err = 0;

	sock = sockfd_lookup(fd, (int *)&err);
	if (!sock)
		return err;
	if (vlen > UIO_MAXIOV)
		vlen = UIO_MAXIOV;
	while (datagrams < vlen) {
		err = do_sendmsg(sock, &mmsg[datagrams].msg_hdr, flags);
		if (err < 0)
			break;
		if (put_user((unsigned int)err, &mmsg[datagrams].msg_len)) {
			err = -EFAULT;
			break;
		}
		datagrams++;
	}
	return datagrams ? (long)datagrams : err;
}

long __sys_recvmmsg(int fd, struct mmsghdr __user *mmsg, unsigned int vlen, unsigned int flags,
		    void __user *timeout)
{
	struct socket *sock;
	unsigned int datagrams = 0;
	long err = 0;

	(void)timeout;		/* a timeout is accepted but not applied */
	sock = sockfd_lookup(fd, (int *)&err);
	if (!sock)
		return err;
	if (vlen > UIO_MAXIOV)
		vlen = UIO_MAXIOV;
	err = sock_error(sock->sk);
	if (err)
		return err;
	while (datagrams < vlen) {
		err = do_recvmsg(sock, &mmsg[datagrams].msg_hdr, flags & ~MSG_WAITFORONE);
		if (err < 0)
			break;
		if (put_user((unsigned int)err, &mmsg[datagrams].msg_len)) {
			err = -EFAULT;
			break;
		}
		datagrams++;
		err = 0;
		if (flags & MSG_WAITFORONE)	/* one is enough: then only what is there */
			flags |= MSG_DONTWAIT;
	}
	if (err == 0)
		return datagrams;
	if (datagrams == 0)
		return err;
	/* The error is not lost: the next call reports it (Linux does the same). */
	if (err != -EAGAIN)
		sock->sk->sk_err = -err;
	return datagrams;
}

/* --- sys_socketcall --- */

#define AL(x) ((x) * sizeof(unsigned long))
static const unsigned char nargs[21] = {
	AL(0), AL(3), AL(3), AL(3), AL(2), AL(3),
	AL(3), AL(3), AL(4), AL(4), AL(4), AL(6),
	AL(6), AL(2), AL(5), AL(5), AL(3), AL(3),
	AL(4), AL(5), AL(4)
};
#undef AL

long sys_socketcall(int call, unsigned long __user *args)
{
	unsigned long a[6];
	unsigned long a0, a1;

	if (call < 1 || call > SYS_SENDMMSG)
		return -EINVAL;
	if (copy_from_user(a, args, nargs[call]))
		return -EFAULT;
	a0 = a[0];
	a1 = a[1];

	switch (call) {
	case SYS_SOCKET:
		return __sys_socket(a0, a1, a[2]);
	case SYS_BIND:
		return __sys_bind(a0, (struct sockaddr __user *)a1, a[2]);
	case SYS_CONNECT:
		return __sys_connect(a0, (struct sockaddr __user *)a1, a[2]);
	case SYS_LISTEN:
		return __sys_listen(a0, a1);
	case SYS_ACCEPT:
		return __sys_accept4(a0, (struct sockaddr __user *)a1, (int __user *)a[2], 0);
	case SYS_GETSOCKNAME:
		return __sys_getsockname(a0, (struct sockaddr __user *)a1, (int __user *)a[2]);
	case SYS_GETPEERNAME:
		return __sys_getpeername(a0, (struct sockaddr __user *)a1, (int __user *)a[2]);
	case SYS_SOCKETPAIR:
		return __sys_socketpair(a0, a1, a[2], (int __user *)a[3]);
	case SYS_SEND:
		return __sys_sendto(a0, (void __user *)a1, a[2], a[3], NULL, 0);
	case SYS_SENDTO:
		return __sys_sendto(a0, (void __user *)a1, a[2], a[3], (struct sockaddr __user *)a[4], a[5]);
	case SYS_RECV:
		return __sys_recvfrom(a0, (void __user *)a1, a[2], a[3], NULL, NULL);
	case SYS_RECVFROM:
		return __sys_recvfrom(a0, (void __user *)a1, a[2], a[3], (struct sockaddr __user *)a[4],
				      (int __user *)a[5]);
	case SYS_SHUTDOWN:
		return __sys_shutdown(a0, a1);
	case SYS_SETSOCKOPT:
		return __sys_setsockopt(a0, a1, a[2], (char __user *)a[3], a[4]);
	case SYS_GETSOCKOPT:
		return __sys_getsockopt(a0, a1, a[2], (char __user *)a[3], (int __user *)a[4]);
	case SYS_SENDMSG:
		return __sys_sendmsg(a0, (struct msghdr __user *)a1, a[2]);
	case SYS_SENDMMSG:
		return __sys_sendmmsg(a0, (struct mmsghdr __user *)a1, a[2], a[3]);
	case SYS_RECVMSG:
		return __sys_recvmsg(a0, (struct msghdr __user *)a1, a[2]);
	case SYS_RECVMMSG:
		return __sys_recvmmsg(a0, (struct mmsghdr __user *)a1, a[2], a[3], (void __user *)a[4]);
	case SYS_ACCEPT4:
		return __sys_accept4(a0, (struct sockaddr __user *)a1, (int __user *)a[2], a[3]);
	default:
		return -EINVAL;
	}
}

/* --- a socket as a file: read, write, poll, ioctl, close --- */

static ssize_t sock_read(struct file *f, char __user *buf, size_t len)
{
	struct socket *sock = f->private_data;
	struct iovec iov;
	struct msghdr msg = { 0 };

	if (!len)
		return 0;
	import_single_range(buf, len, &iov, &msg);	/* sys_read checked the range */
	return sock_recvmsg(sock, &msg, iov.iov_len, (f->f_flags & O_NONBLOCK) ? MSG_DONTWAIT : 0);
}

static ssize_t sock_write(struct file *f, const char __user *buf, size_t len)
{
	struct socket *sock = f->private_data;
	struct iovec iov;
	struct msghdr msg = { 0 };

	import_single_range((void __user *)buf, len, &iov, &msg);	/* checked by sys_write */
	msg.msg_flags = (f->f_flags & O_NONBLOCK) ? MSG_DONTWAIT : 0;
	if (sock->type == SOCK_SEQPACKET)
		msg.msg_flags |= MSG_EOR;
	return sock_sendmsg(sock, &msg, iov.iov_len);
}

static unsigned int sock_poll(struct file *f, poll_table *pt)
{
	struct socket *sock = f->private_data;

	return sock->ops->poll(f, sock, pt);
}

/* ioctl on a socket (Linux's sock_ioctl and sock_do_ioctl; FIONBIO,
 * which every file answers, is in kernel/file.c).  The family's ioctl
 * first — AF_INET's answers the interface addresses and its protocol's
 * queue sizes, AF_UNIX's its queue sizes.  What no family takes and is a
 * socket request (type 0x89) goes to the device layer: the interface
 * list (SIOCGIFCONF), or one interface, with its struct ifreq copied in
 * and out here.  Anything else is ENOTTY, so isatty() on a socket is 0. */
static long sock_ioctl(struct file *f, unsigned int cmd, unsigned long arg)
{
	struct socket *sock = f->private_data;
	struct ifreq ifr;
	bool copyout;
	long err;

	err = sock->ops->ioctl ? sock->ops->ioctl(sock, cmd, arg) : -ENOIOCTLCMD;
	if (err != -ENOIOCTLCMD)
		return err;
	if (((cmd >> 8) & 0xff) != SOCK_IOC_TYPE)
		return -ENOTTY;
	if (cmd == SIOCGIFCONF)
		return dev_ifconf((struct ifconf __user *)arg);
	if (copy_from_user(&ifr, (void __user *)arg, sizeof(ifr)))
		return -EFAULT;
	err = dev_ioctl(cmd, &ifr, &copyout);
	if (!err && copyout && copy_to_user((void __user *)arg, &ifr, sizeof(ifr)))
		return -EFAULT;
	return err;
}

static void sock_close(struct file *f)
{
	if (f->private_data)
		sock_release(f->private_data);
}

static const struct file_operations socket_file_ops = {
	.read = sock_read,
	.write = sock_write,
	.poll = sock_poll,
	.ioctl = sock_ioctl,
	.release = sock_close,
};

/* Every family registers itself here at boot (start_kernel calls this). */
void sock_init(void)
{
	af_unix_init();
	inet_init();
}

/* For SIGPIPE on a broken connection (protocols call it; MSG_NOSIGNAL
 * suppresses it). */
void sock_send_sigpipe(int flags)
{
	if (!(flags & MSG_NOSIGNAL))
		send_sig(SIGPIPE, current);
}
