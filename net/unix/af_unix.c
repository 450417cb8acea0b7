/* net/unix/af_unix.c — AF_UNIX sockets: stream, datagram and seqpacket,
 * from socketpair() or through names in the abstract namespace.
 *
 * Below net/socket.c on the path of a system call, and the bottom of it for
 * this family: there is no device.  A message is a packet buffer put
 * straight onto the receiving socket's queue.  Names: an abstract name
 * (sun_path starting with a NUL byte) lives only in a table here, as in
 * Linux; there is no file system, so path names are refused (EROFS).
 * Connecting to a listener makes a new socket for the server side and puts
 * it on the listener's receive queue, where accept() finds it — Linux's
 * design, which lets one queue and one wait mechanism serve both.
 * Semantics follow Linux's net/unix/af_unix.c: the errors of each call and
 * the ECONNRESET a peer sees when a socket is closed with unread data.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/net.h>
#include <net/sock.h>
#include <net/tcp_states.h>
#include <uapi/linux/un.h>
#include <uapi/asm/fcntl.h>
#include <uapi/linux/sockios.h>
#include <linux/uaccess.h>

#define UNIX_ADDR_OFFSET	offsetof(struct sockaddr_un, sun_path)	/* 2 */
#define MAX_DGRAM_QLEN		10	/* net.unix.max_dgram_qlen */

struct unix_sock {
	struct sock sk;
	struct unix_sock *peer;
	struct sockaddr_un addr;	/* valid if addr_len */
	int addr_len;			/* 0: unbound */
	struct unix_sock *next_bound;	/* the name table */
};

static inline struct unix_sock *unix_sk(struct sock *sk) { return (struct unix_sock *)sk; }

static struct unix_sock *bound_list;
static const struct proto_ops unix_stream_ops, unix_dgram_ops, unix_seqpacket_ops;

static bool connection_based(struct sock *sk)
{
	return sk->sk_type == SOCK_STREAM || sk->sk_type == SOCK_SEQPACKET;
}

/* --- names --- */

/* As in Linux, each socket type has its own abstract namespace: a
 * datagram socket may take the name a stream listener has, and looking a
 * name up for the wrong type finds nothing (ECONNREFUSED). */
static struct unix_sock *unix_find(const struct sockaddr_un *addr, int len, int type)
{
	for (struct unix_sock *u = bound_list; u; u = u->next_bound)
		if (u->sk.sk_type == type && u->addr_len == len && !memcmp(&u->addr, addr, len))
			return u;
	return NULL;
}

static void unix_unbind(struct unix_sock *u)
{
	struct unix_sock **pp = &bound_list;

	while (*pp && *pp != u)
		pp = &(*pp)->next_bound;
	if (*pp)
		*pp = u->next_bound;
	u->addr_len = 0;
}

static void unix_bind_name(struct unix_sock *u, const struct sockaddr_un *addr, int len)
{
	memcpy(&u->addr, addr, len);
	u->addr_len = len;
	u->next_bound = bound_list;
	bound_list = u;
}

/* Check a name from the user: its length and family (Linux's
 * unix_validate_addr), and that it is abstract. */
static int unix_check_addr(struct sockaddr_un *addr, int len)
{
	if (len <= (int)UNIX_ADDR_OFFSET || len > (int)sizeof(*addr))
		return -EINVAL;
	if (addr->sun_family != AF_UNIX)
		return -EINVAL;
	if (addr->sun_path[0])
		return -EROFS;		/* a path: there is no file system here */
	return 0;
}

/* bind with only the family: pick an unused abstract name of five hex
 * digits, as Linux does. */
static int unix_autobind(struct unix_sock *u)
{
	static unsigned int ordernum = 1;
	struct sockaddr_un addr = { .sun_family = AF_UNIX };
	int len = UNIX_ADDR_OFFSET + 6;

	for (unsigned int tries = 0; tries < 0xfffff; tries++) {
		snprintf(addr.sun_path + 1, 6, "%05x", ordernum++ & 0xfffff);
		if (!unix_find(&addr, len, u->sk.sk_type)) {
			unix_bind_name(u, &addr, len);
			return 0;
		}
	}
	return -ENOSPC;
}

static int unix_bind(struct socket *sock, struct sockaddr *uaddr, int addr_len)
{
	struct sockaddr_un *addr = (struct sockaddr_un *)uaddr;
	struct unix_sock *u = unix_sk(sock->sk);
	int err;

	if (addr_len == (int)UNIX_ADDR_OFFSET && addr->sun_family == AF_UNIX)
		return u->addr_len ? -EINVAL : unix_autobind(u);
	err = unix_check_addr(addr, addr_len);
	if (err)
		return err;
	if (u->addr_len)
		return -EINVAL;
	if (unix_find(addr, addr_len, u->sk.sk_type))
		return -EADDRINUSE;
	unix_bind_name(u, addr, addr_len);
	return 0;
}

static int unix_getname(struct socket *sock, struct sockaddr *uaddr, int peer)
{
	struct unix_sock *u = unix_sk(sock->sk);

	if (peer) {
		u = u->peer;
		if (!u || (connection_based(sock->sk) && sock->sk->sk_state != TCP_ESTABLISHED))
			return -ENOTCONN;
	}
	if (!u->addr_len) {
		uaddr->sa_family = AF_UNIX;
		return sizeof(sa_family_t);
	}
	memcpy(uaddr, &u->addr, u->addr_len);
	return u->addr_len;
}

/* --- creating and ending --- */

static struct sock *unix_create1(struct socket *sock, int type)
{
	struct sock *sk = sk_alloc(AF_UNIX, sizeof(struct unix_sock));

	if (!sk)
		return NULL;
	sk->sk_type = type;
	sk->sk_state = TCP_CLOSE;
	if (sock)
		sock_init_data(sock, sk);
	return sk;
}

static int unix_create(struct socket *sock, int protocol)
{
	if (protocol && protocol != AF_UNIX)
		return -EPROTONOSUPPORT;
	switch (sock->type) {
	case SOCK_STREAM:    sock->ops = &unix_stream_ops; break;
	case SOCK_RAW:       sock->type = SOCK_DGRAM;	/* as Linux */
			     __attribute__((fallthrough));
	case SOCK_DGRAM:     sock->ops = &unix_dgram_ops; break;
	case SOCK_SEQPACKET: sock->ops = &unix_seqpacket_ops; break;
	default:             return -ESOCKTNOSUPPORT;
	}
	return unix_create1(sock, sock->type) ? 0 : -ENOMEM;
}

/* Peers point at each other, and a pointer holds a reference: a closed
 * socket stays allocated, marked dead, until its peer lets go — so the
 * survivor still finds it and reports EPIPE or ECONNREFUSED, as Linux. */
static void unix_set_peer(struct unix_sock *u, struct unix_sock *peer)
{
	if (peer)
		sock_hold(&peer->sk);
	if (u->peer)
		sock_put(&u->peer->sk);
	u->peer = peer;
}

static void unix_release_sock(struct sock *sk)
{
	struct unix_sock *u = unix_sk(sk), *peer = u->peer;
	struct sk_buff *skb;

	if (u->addr_len)
		unix_unbind(u);
	sk->sk_shutdown = SHUTDOWN_MASK;
	sk->sk_dead = true;
	sk->sk_socket = NULL;
	if (peer && connection_based(sk)) {
		/* The peer reads end of file; it sees ECONNRESET if we leave
		 * data unread, as Linux does. */
		peer->sk.sk_shutdown = SHUTDOWN_MASK;
		if (!skb_queue_empty(&sk->sk_receive_queue))
			peer->sk.sk_err = ECONNRESET;
	}
	if (peer)
		sk_wake(&peer->sk);
	unix_set_peer(u, NULL);
	/* A listener's queue holds sockets nobody accepted: end them too. */
	if (sk->sk_state == TCP_LISTEN)
		while ((skb = skb_dequeue(&sk->sk_receive_queue))) {
			unix_release_sock(skb->cb.accept.child);
			kfree_skb(skb);
		}
	skb_queue_purge(&sk->sk_receive_queue);
	sk_wake(sk);
	sock_put(sk);			/* the owner's reference */
}

static int unix_release(struct socket *sock)
{
	if (sock->sk)
		unix_release_sock(sock->sk);
	sock->sk = NULL;
	return 0;
}

static void unix_pair(struct unix_sock *a, struct unix_sock *b)
{
	unix_set_peer(a, b);
	unix_set_peer(b, a);
	if (connection_based(&a->sk)) {
		a->sk.sk_state = b->sk.sk_state = TCP_ESTABLISHED;
		if (a->sk.sk_socket)
			a->sk.sk_socket->state = SS_CONNECTED;
		if (b->sk.sk_socket)
			b->sk.sk_socket->state = SS_CONNECTED;
	}
}

static int unix_socketpair(struct socket *a, struct socket *b)
{
	unix_pair(unix_sk(a->sk), unix_sk(b->sk));
	return 0;
}

/* --- connections --- */

static int unix_listen(struct socket *sock, int backlog)
{
	struct sock *sk = sock->sk;

	if (!connection_based(sk))
		return -EOPNOTSUPP;
	if (!unix_sk(sk)->addr_len)
		return -EINVAL;
	if (sk->sk_state != TCP_CLOSE && sk->sk_state != TCP_LISTEN)
		return -EINVAL;
	sk->sk_max_ack_backlog = backlog;
	sk->sk_state = TCP_LISTEN;
	return 0;
}

static int unix_stream_connect(struct socket *sock, struct sockaddr *uaddr, int addr_len, int flags)
{
	struct sock *sk = sock->sk;
	struct unix_sock *other;
	struct sock *newsk;
	struct sk_buff *skb;
	long timeo = sock_sndtimeo(sk, flags & O_NONBLOCK);
	int err;

	err = unix_check_addr((struct sockaddr_un *)uaddr, addr_len);
	if (err)
		return err == -EROFS ? -ENOENT : err;
	for (;;) {
		other = unix_find((struct sockaddr_un *)uaddr, addr_len, sk->sk_type);
		if (!other)
			return -ECONNREFUSED;
		if (other->sk.sk_type != sk->sk_type)
			return -EPROTOTYPE;
		if (other->sk.sk_state != TCP_LISTEN)
			return -ECONNREFUSED;
		if (sk->sk_state == TCP_ESTABLISHED)
			return -EISCONN;
		if (sk->sk_state != TCP_CLOSE)
			return -EINVAL;
		/* The listener's backlog is full: wait, as Linux does. */
		if ((int)other->sk.sk_receive_queue.qlen <= other->sk.sk_max_ack_backlog)
			break;
		sock_hold(&other->sk);		/* the listener may close meanwhile */
		err = sk_wait_event(other->sk.sk_wq, &timeo,
				    (int)other->sk.sk_receive_queue.qlen <= other->sk.sk_max_ack_backlog ||
				    other->sk.sk_state != TCP_LISTEN);
		sock_put(&other->sk);
		if (err)
			return err;
	}
	newsk = unix_create1(NULL, sk->sk_type);
	skb = alloc_skb(0);
	if (!newsk || !skb) {
		if (newsk)
			sk_free(newsk);
		kfree_skb(skb);
		return -ENOMEM;
	}
	/* The server side takes the listener's name, as in Linux. */
	memcpy(&unix_sk(newsk)->addr, &other->addr, other->addr_len);
	unix_sk(newsk)->addr_len = other->addr_len;
	unix_pair(unix_sk(sk), unix_sk(newsk));
	skb->cb.accept.child = newsk;
	skb_queue_tail(&other->sk.sk_receive_queue, skb);
	sk_wake(&other->sk);
	return 0;
}

static int unix_accept(struct socket *sock, struct socket *newsock, int flags)
{
	struct sock *sk = sock->sk, *newsk;
	struct sk_buff *skb;
	int err;

	if (!connection_based(sk))
		return -EOPNOTSUPP;
	if (sk->sk_state != TCP_LISTEN)
		return -EINVAL;
	skb = skb_recv_datagram(sk, (flags & O_NONBLOCK) ? MSG_DONTWAIT : 0, &err);
	if (!skb)
		return err ? err : -EINVAL;
	newsk = skb->cb.accept.child;
	kfree_skb(skb);
	sk_wake(sk);			/* room in the backlog */
	newsk->sk_socket = newsock;
	newsock->sk = newsk;
	newsock->state = SS_CONNECTED;
	return 0;
}

static int unix_dgram_connect(struct socket *sock, struct sockaddr *uaddr, int addr_len, int flags)
{
	struct sockaddr_un *addr = (struct sockaddr_un *)uaddr;
	struct unix_sock *u = unix_sk(sock->sk), *other;
	int err;

	(void)flags;
	if (addr_len < (int)sizeof(sa_family_t))
		return -EINVAL;
	if (addr->sun_family == AF_UNSPEC) {	/* dissolve the association */
		unix_set_peer(u, NULL);
		return 0;
	}
	err = unix_check_addr(addr, addr_len);
	if (err)
		return err == -EROFS ? -ENOENT : err;
	other = unix_find(addr, addr_len, sock->sk->sk_type);
	if (!other)
		return -ECONNREFUSED;
	if (other->sk.sk_type != sock->sk->sk_type)
		return -EPROTOTYPE;
	unix_set_peer(u, other);
	return 0;
}

static int unix_shutdown(struct socket *sock, int how)
{
	struct sock *sk = sock->sk;
	struct unix_sock *peer = unix_sk(sk)->peer;
	int mode, peer_mode = 0;

	if (how < SHUT_RD || how > SHUT_RDWR)
		return -EINVAL;
	mode = how + 1;		/* SHUT_RD -> RCV_SHUTDOWN, ... */
	sk->sk_shutdown |= mode;
	sk_wake(sk);
	if (peer && connection_based(sk)) {
		if (mode & RCV_SHUTDOWN)
			peer_mode |= SEND_SHUTDOWN;
		if (mode & SEND_SHUTDOWN)
			peer_mode |= RCV_SHUTDOWN;
		peer->sk.sk_shutdown |= peer_mode;
		sk_wake(&peer->sk);
	}
	return 0;
}

/* --- data --- */

static bool unix_recvq_full(struct sock *sk)
{
	if (connection_based(sk) && sk->sk_type == SOCK_STREAM)
		return sk->sk_rmem_alloc >= sk->sk_rcvbuf;
	return sk->sk_receive_queue.qlen >= MAX_DGRAM_QLEN;
}

/* A message buffer.  The sender's name travels in the buffer's headroom
 * (an int length, then the address), not as a pointer to the sender: the
 * sender may be closed and freed before the message is read. */
struct unix_skb_name {
	int len;
	struct sockaddr_un addr;
};

static struct sk_buff *unix_make_skb(struct sock *from, struct msghdr *m, size_t len, int *err)
{
	struct sk_buff *skb = alloc_skb(sizeof(struct unix_skb_name) + len);
	struct unix_skb_name *name;

	if (!skb) {
		*err = -ENOBUFS;
		return NULL;
	}
	name = (struct unix_skb_name *)skb->head;
	name->len = unix_sk(from)->addr_len;
	memcpy(&name->addr, &unix_sk(from)->addr, name->len);
	skb_reserve(skb, sizeof(*name));
	*err = memcpy_from_msg(skb_put(skb, len), m, len);
	if (*err) {
		kfree_skb(skb);
		return NULL;
	}
	return skb;
}

/* The sender's name, for recvfrom / recvmsg. */
static void unix_copy_addr(struct msghdr *m, struct sk_buff *skb)
{
	struct unix_skb_name *name = (struct unix_skb_name *)skb->head;

	if (!m->msg_name)
		return;
	m->msg_namelen = name->len;
	if (name->len)
		memcpy(m->msg_name, &name->addr, name->len);
}

static int unix_stream_sendmsg(struct socket *sock, struct msghdr *m, size_t len)
{
	struct sock *sk = sock->sk;
	struct unix_sock *other;
	long timeo = sock_sndtimeo(sk, m->msg_flags & MSG_DONTWAIT);
	size_t sent = 0;
	int err;

	if (m->msg_flags & MSG_OOB)
		return -EOPNOTSUPP;
	if (m->msg_namelen)
		return sk->sk_state == TCP_ESTABLISHED ? -EISCONN : -EOPNOTSUPP;
	other = unix_sk(sk)->peer;
	if (!other)
		return -ENOTCONN;
	if (sk->sk_shutdown & SEND_SHUTDOWN) {
		sock_send_sigpipe(m->msg_flags);
		return -EPIPE;
	}
	while (sent < len) {		/* nothing at all for a 0-byte send */
		struct sk_buff *skb;
		size_t chunk;

		if ((sk->sk_shutdown & SEND_SHUTDOWN) || other->sk.sk_dead ||
		    (other->sk.sk_shutdown & RCV_SHUTDOWN)) {
			if (sent)
				return sent;
			sock_send_sigpipe(m->msg_flags);
			return -EPIPE;
		}
		if (unix_recvq_full(&other->sk)) {
			/* We sleep on the peer's queue: hold the peer, so that
			 * it cannot be freed under our wait entry. */
			sock_hold(&other->sk);
			err = sk_wait_event(other->sk.sk_wq, &timeo, !unix_recvq_full(&other->sk) ||
					    other->sk.sk_dead || (sk->sk_shutdown & SEND_SHUTDOWN));
			sock_put(&other->sk);
			if (err)
				return sent ? (int)sent : err;
			other = unix_sk(sk)->peer;
			if (!other)
				return sent ? (int)sent : -EPIPE;
			continue;
		}
		chunk = min(len - sent, (size_t)(other->sk.sk_rcvbuf / 2));
		skb = unix_make_skb(sk, m, chunk, &err);
		if (!skb)
			return sent ? (int)sent : err;
		sock_queue_rcv_skb(&other->sk, skb);
		sent += chunk;
	}
	return sent;
}

/* Datagram and seqpacket sending: one message, one buffer, boundaries kept. */
static int unix_dgram_sendmsg(struct socket *sock, struct msghdr *m, size_t len)
{
	struct sock *sk = sock->sk;
	struct unix_sock *other;
	struct sk_buff *skb;
	long timeo = sock_sndtimeo(sk, m->msg_flags & MSG_DONTWAIT);
	int err;

	if (m->msg_flags & MSG_OOB)
		return -EOPNOTSUPP;
	if (m->msg_namelen) {
		err = unix_check_addr(m->msg_name, m->msg_namelen);
		if (err)
			return err == -EROFS ? -ENOENT : err;
	} else if (!unix_sk(sk)->peer) {
		return -ENOTCONN;
	}
	if (len > (size_t)sk->sk_sndbuf - 32)
		return -EMSGSIZE;
	if (sk->sk_shutdown & SEND_SHUTDOWN)
		return -EPIPE;
	for (;;) {
		other = m->msg_namelen ? unix_find(m->msg_name, m->msg_namelen, sk->sk_type) : unix_sk(sk)->peer;
		if (!other)
			return m->msg_namelen ? -ECONNREFUSED : -ENOTCONN;
		if (other->sk.sk_dead) {
			/* Our connect() target was closed: forget it. */
			if (connection_based(sk))
				return -EPIPE;
			unix_set_peer(unix_sk(sk), NULL);
			return -ECONNREFUSED;
		}
		if (other->sk.sk_type != sk->sk_type)
			return -EPROTOTYPE;
		if (other->peer && other->peer != unix_sk(sk) && !connection_based(sk))
			return -EPERM;		/* it talks to someone else only */
		if (other->sk.sk_shutdown & RCV_SHUTDOWN)
			return -EPIPE;
		if (!unix_recvq_full(&other->sk))
			break;
		/* Hold the receiver while we sleep on its queue; then look it
		 * up again, it may be gone. */
		sock_hold(&other->sk);
		err = sk_wait_event(other->sk.sk_wq, &timeo, !unix_recvq_full(&other->sk) ||
				    other->sk.sk_dead || (other->sk.sk_shutdown & RCV_SHUTDOWN));
		sock_put(&other->sk);
		if (err)
			return err;
	}
	skb = unix_make_skb(sk, m, len, &err);
	if (!skb)
		return err;
	sock_queue_rcv_skb(&other->sk, skb);
	return len;
}

static int unix_seqpacket_sendmsg(struct socket *sock, struct msghdr *m, size_t len)
{
	if (sock->sk->sk_state != TCP_ESTABLISHED)
		return -ENOTCONN;
	m->msg_namelen = 0;
	return unix_dgram_sendmsg(sock, m, len);
}

/* A reader made room: a peer polling for POLLOUT waits on its own queue. */
static void unix_wake_peer(struct sock *sk)
{
	if (unix_sk(sk)->peer)
		sk_wake(&unix_sk(sk)->peer->sk);
}

static int unix_dgram_recvmsg(struct socket *sock, struct msghdr *m, size_t size, int flags)
{
	struct sock *sk = sock->sk;
	struct sk_buff *skb;
	size_t copied, len;
	int err;

	if (flags & MSG_OOB)
		return -EOPNOTSUPP;
	skb = skb_recv_datagram(sk, flags, &err);
	if (!skb) {
		/* As Linux: a shut-down SEQPACKET socket is at end of file
		 * even for a non-blocking reader; a DGRAM one says EAGAIN. */
		if (err == -EAGAIN && sk->sk_type == SOCK_SEQPACKET && (sk->sk_shutdown & RCV_SHUTDOWN))
			err = 0;
		return err;		/* 0: shut down, end of file */
	}
	unix_copy_addr(m, skb);
	len = skb->len;
	copied = min(size, len);
	if (copied < len)
		m->msg_flags |= MSG_TRUNC;
	/* As Linux: a datagram is consumed even if copying it out faults. */
	err = memcpy_to_msg(m, skb->data, copied);
	if (!(flags & MSG_PEEK)) {
		kfree_skb(skb);
		unix_wake_peer(sk);
	}
	if (err)
		return err;
	return (flags & MSG_TRUNC) ? (int)len : (int)copied;
}

static int unix_seqpacket_recvmsg(struct socket *sock, struct msghdr *m, size_t size, int flags)
{
	if (sock->sk->sk_state != TCP_ESTABLISHED)
		return -ENOTCONN;
	return unix_dgram_recvmsg(sock, m, size, flags);
}

static size_t unix_queued_bytes(struct sock *sk)
{
	struct sk_buff *skb;
	size_t n = 0;

	skb_queue_walk(&sk->sk_receive_queue, skb)
		n += skb->len;
	return n;
}

/* A byte stream: fill the caller's buffer from as many messages as are
 * queued, waiting until at least one byte (or all of them, MSG_WAITALL).
 * What we wait for is more bytes than we have already taken or, with
 * MSG_PEEK, looked at: a non-empty queue is not enough when peeking. */
static int unix_stream_recvmsg(struct socket *sock, struct msghdr *m, size_t size, int flags)
{
	struct sock *sk = sock->sk;
	size_t copied = 0, target = (flags & MSG_WAITALL) && size ? size : 1;
	size_t peek_off = 0;
	long timeo = sock_rcvtimeo(sk, flags & MSG_DONTWAIT);
	int err;

	if (sk->sk_state != TCP_ESTABLISHED)
		return -EINVAL;
	if (flags & MSG_OOB)
		return -EOPNOTSUPP;
	/* Once round even for 0 bytes (as tcp_recvmsg): EAGAIN when empty. */
	do {
		struct sk_buff *skb = skb_peek(&sk->sk_receive_queue);
		size_t chunk;

		/* With MSG_PEEK we walk the queue instead of eating it. */
		if (flags & MSG_PEEK) {
			size_t off = peek_off;

			skb_queue_walk(&sk->sk_receive_queue, skb) {
				if (off < skb->len)
					break;
				off -= skb->len;
			}
			if (&skb->list == &sk->sk_receive_queue.head)
				skb = NULL;
			if (skb) {
				chunk = min(size - copied, skb->len - off);
				if (memcpy_to_msg(m, skb->data + off, chunk))
					return copied ? (int)copied : -EFAULT;
				copied += chunk;
				peek_off += chunk;
				continue;
			}
		}
		if (!skb) {
			if (copied >= target)
				break;
			err = sock_error(sk);
			if (err)
				return copied ? (int)copied : err;
			if (sk->sk_shutdown & RCV_SHUTDOWN)
				break;
			if (!timeo)
				return copied ? (int)copied : -EAGAIN;
			err = sk_wait_event(sk->sk_wq, &timeo, unix_queued_bytes(sk) > peek_off ||
					    sk->sk_err || (sk->sk_shutdown & RCV_SHUTDOWN));
			if (err && err != -EAGAIN)	/* a timeout: next round */
				return copied ? (int)copied : err;
			continue;
		}
		if (!copied)
			unix_copy_addr(m, skb);
		chunk = min(size - copied, (size_t)skb->len);
		if (memcpy_to_msg(m, skb->data, chunk))
			return copied ? (int)copied : -EFAULT;
		copied += chunk;
		skb_pull(skb, chunk);
		if (!skb->len) {	/* used up: its memory is free again */
			skb_unlink(skb, &sk->sk_receive_queue);
			sk->sk_rmem_alloc -= skb->truesize;
			kfree_skb(skb);
			sk_wake(sk);	/* a writer may wait for room */
			unix_wake_peer(sk);
		}
	} while (copied < size);
	return copied;
}

static unsigned int unix_poll(struct file *file, struct socket *sock, poll_table *pt)
{
	struct sock *sk = sock->sk;
	struct unix_sock *peer = unix_sk(sk)->peer;
	unsigned int mask = 0;

	/* Only our own queue: a poller holds no reference to the peer, whose
	 * queue may go away.  A peer that makes room wakes us instead. */
	poll_wait(file, &sk->sk_wq, pt);
	if (sk->sk_err)
		mask |= POLLERR;
	if (sk->sk_shutdown == SHUTDOWN_MASK)
		mask |= POLLHUP;
	if (sk->sk_shutdown & RCV_SHUTDOWN)
		mask |= POLLRDHUP | POLLIN | POLLRDNORM;
	if (!skb_queue_empty(&sk->sk_receive_queue))
		mask |= POLLIN | POLLRDNORM;
	if (connection_based(sk) && sk->sk_state == TCP_CLOSE)
		mask |= POLLHUP;
	/* Writable unless listening or the peer's queue is full. */
	if (sk->sk_state != TCP_LISTEN && !(peer && unix_recvq_full(&peer->sk)))
		mask |= POLLOUT | POLLWRNORM | POLLWRBAND;
	return mask;
}

static int unix_setsockopt(struct socket *sock, int level, int optname, const char __user *optval,
			   unsigned int optlen)
{
	return -EOPNOTSUPP;
}

static int unix_getsockopt(struct socket *sock, int level, int optname, char __user *optval,
			   int __user *optlen)
{
	return -EOPNOTSUPP;
}

/* SIOCINQ (FIONREAD): unread bytes — all of them on a stream or
 * seqpacket socket, the first message's on a datagram socket; EINVAL on
 * a listener.  SIOCOUTQ: what we sent that the peer has not read yet.
 * Linux counts that in buffer memory (truesize), which has no meaning
 * here: we count payload bytes, on a connected stream or seqpacket
 * socket; on a datagram socket it is 0. */
static int unix_ioctl(struct socket *sock, unsigned int cmd, unsigned long arg)
{
	struct sock *sk = sock->sk;
	struct unix_sock *peer = unix_sk(sk)->peer;
	struct sk_buff *skb;
	int amount = 0;

	switch (cmd) {
	case SIOCINQ:
		if (sk->sk_state == TCP_LISTEN)
			return -EINVAL;
		if (connection_based(sk))
			amount = unix_queued_bytes(sk);
		else if ((skb = skb_peek(&sk->sk_receive_queue)))
			amount = skb->len;
		return put_user(amount, (int __user *)arg);
	case SIOCOUTQ:
		if (connection_based(sk) && peer)
			amount = unix_queued_bytes(&peer->sk);
		return put_user(amount, (int __user *)arg);
	default:
		return -ENOIOCTLCMD;
	}
}

static const struct proto_ops unix_stream_ops = {
	.family = AF_UNIX,
	.release = unix_release,
	.bind = unix_bind,
	.connect = unix_stream_connect,
	.socketpair = unix_socketpair,
	.accept = unix_accept,
	.getname = unix_getname,
	.poll = unix_poll,
	.listen = unix_listen,
	.shutdown = unix_shutdown,
	.setsockopt = unix_setsockopt,
	.getsockopt = unix_getsockopt,
	.sendmsg = unix_stream_sendmsg,
	.recvmsg = unix_stream_recvmsg,
	.ioctl = unix_ioctl,
};

static const struct proto_ops unix_seqpacket_ops = {
	.family = AF_UNIX,
	.release = unix_release,
	.bind = unix_bind,
	.connect = unix_stream_connect,
	.socketpair = unix_socketpair,
	.accept = unix_accept,
	.getname = unix_getname,
	.poll = unix_poll,
	.listen = unix_listen,
	.shutdown = unix_shutdown,
	.setsockopt = unix_setsockopt,
	.getsockopt = unix_getsockopt,
	.sendmsg = unix_seqpacket_sendmsg,
	.recvmsg = unix_seqpacket_recvmsg,
	.ioctl = unix_ioctl,
};

static const struct proto_ops unix_dgram_ops = {
	.family = AF_UNIX,
	.release = unix_release,
	.bind = unix_bind,
	.connect = unix_dgram_connect,
	.socketpair = unix_socketpair,
	.accept = unix_accept,
	.getname = unix_getname,
	.poll = unix_poll,
	.listen = unix_listen,
	.shutdown = unix_shutdown,
	.setsockopt = unix_setsockopt,
	.getsockopt = unix_getsockopt,
	.sendmsg = unix_dgram_sendmsg,
	.recvmsg = unix_dgram_recvmsg,
	.ioctl = unix_ioctl,
};

static const struct net_proto_family unix_family_ops = {
	.family = AF_UNIX,
	.create = unix_create,
};

void af_unix_init(void)
{
	sock_register(&unix_family_ops);
}
