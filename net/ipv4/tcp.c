/* net/ipv4/tcp.c — TCP, the socket side: what the system calls do to a
 * TCP socket (inet_stream_ops), and the lifetime of a connection.
 *
 * Below net/socket.c and af_inet.c on the path of a system call.  connect
 * sends a SYN and waits for the state machine (tcp_input.c) to reach
 * ESTABLISHED; listen marks the socket so arriving SYNs make children;
 * accept takes an established child off the listener's queue; send
 * appends to the write queue and pushes (tcp_output.c); recv takes bytes
 * off the receive queue and announces the room it made; close sends FIN —
 * or RST if data was left unread, as Linux does.
 *
 * Segments sent on lo are received a moment later (the NET_RX softirq,
 * net/core/dev.c), not inside the call that sends them.  That is why a
 * non-blocking connect on loopback returns EINPROGRESS — the SYN-ACK has
 * not been processed yet — and the next connect returns 0, as on Linux
 * (where the socket lock has the same effect).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/sched.h>
#include <linux/jiffies.h>
#include <linux/uaccess.h>
#include <linux/reboot.h>
#include <net/tcp.h>
#include <net/ip.h>
#include <uapi/linux/sockios.h>
#include <uapi/linux/tcp.h>
#include <uapi/asm/fcntl.h>

size_t tcp_sock_size(void) { return sizeof(struct tcp_sock); }

static void tcp_timer(struct timer_list *t);

void tcp_init_sock(struct sock *sk)
{
	struct tcp_sock *tp = tcp_sk(sk);

	skb_queue_head_init(&tp->write_queue);
	timer_setup(&tp->timer, tcp_timer);
	tp->mss = TCP_MSS_DEFAULT;
	sk->sk_rcvbuf = TCP_DEFAULT_RCVBUF;
	sk->sk_sndbuf = TCP_DEFAULT_SNDBUF;
}

/* Every state change passes here, so the one timer follows the state:
 * armed for TIME_WAIT, stopped when leaving SYN_SENT or TIME_WAIT. */
void tcp_set_state(struct sock *sk, int state)
{
	struct tcp_sock *tp = tcp_sk(sk);

	sk->sk_state = state;
	if (state == TCP_TIME_WAIT)
		mod_timer(&tp->timer, jiffies + TCP_TIMEWAIT_LEN);
	else if (state != TCP_SYN_SENT)
		del_timer(&tp->timer);
}

static void tcp_timer(struct timer_list *t)
{
	struct tcp_sock *tp = container_of(t, struct tcp_sock, timer);
	struct sock *sk = &tp->inet.sk;

	if (sk->sk_state == TCP_TIME_WAIT) {
		tcp_done(sk);			/* an orphan: freed */
		return;
	}
	if (sk->sk_state != TCP_SYN_SENT)
		return;
	if (tp->syn_retries >= TCP_SYN_RETRIES) {
		sk->sk_err = ETIMEDOUT;
		tcp_done(sk);
		return;
	}
	/* Nobody answered our SYN (a listener with a full queue drops it):
	 * send it again, and wait twice as long next time. */
	tp->syn_retries++;
	tp->rto *= 2;
	tcp_send_syn(sk, false);
	mod_timer(&tp->timer, jiffies + tp->rto);
}

/* --- the end of a connection --- */

void tcp_destroy_sock(struct sock *sk)
{
	struct tcp_sock *tp = tcp_sk(sk);

	del_timer(&tp->timer);
	inet_put_port(sk);
	skb_queue_purge(&tp->write_queue);
	sk_free(sk);
}

/* The connection is over.  A socket nobody holds any more is freed; one
 * that a file (or an accept queue) still holds stays, closed, to report. */
void tcp_done(struct sock *sk)
{
	tcp_set_state(sk, TCP_CLOSE);
	sk->sk_shutdown = SHUTDOWN_MASK;
	skb_queue_purge(&tcp_sk(sk)->write_queue);
	sk->sk_wmem_queued = 0;
	if (sk->sk_dead)
		tcp_destroy_sock(sk);
	else
		sk_wake(sk);
}

/* The peer sent RST. */
void tcp_reset(struct sock *sk)
{
	switch (sk->sk_state) {
	case TCP_SYN_SENT:   sk->sk_err = ECONNREFUSED; break;
	case TCP_CLOSE_WAIT: sk->sk_err = EPIPE; break;
	case TCP_CLOSE:      return;
	default:             sk->sk_err = ECONNRESET; break;
	}
	tcp_done(sk);
}

/* close() and shutdown(SHUT_WR): the next state, and whether to send FIN. */
static bool tcp_close_state(struct sock *sk)
{
	switch (sk->sk_state) {
	case TCP_ESTABLISHED:
	case TCP_SYN_RECV:
		tcp_set_state(sk, TCP_FIN_WAIT1);
		return true;
	case TCP_CLOSE_WAIT:
		tcp_set_state(sk, TCP_LAST_ACK);
		return true;
	case TCP_SYN_SENT:
	case TCP_LISTEN:
		tcp_set_state(sk, TCP_CLOSE);
		return false;
	default:
		return false;
	}
}

static bool tcp_need_reset(int state)
{
	return state == TCP_ESTABLISHED || state == TCP_CLOSE_WAIT || state == TCP_FIN_WAIT1 ||
	       state == TCP_FIN_WAIT2 || state == TCP_SYN_RECV;
}

/* Abort one child of a listener (it goes away with its listener). */
static void tcp_abort_child(struct sock *child)
{
	child->sk_dead = true;
	if (tcp_need_reset(child->sk_state))
		tcp_send_active_reset(child);
	tcp_destroy_sock(child);
}

/* A listener stops: the connections nobody accepted are reset. */
static void tcp_listen_stop(struct sock *sk)
{
	struct sk_buff *skb;

	while ((skb = skb_dequeue(&sk->sk_receive_queue))) {
		tcp_abort_child(skb->cb.accept.child);
		kfree_skb(skb);
	}
	sk->sk_ack_backlog = 0;
	/* Half-open children still in the handshake. */
	for (struct inet_sock *o = tcp_prot.bind_list, *next; o; o = next) {
		next = o->bind_next;
		if (tcp_sk(&o->sk)->parent == sk)
			tcp_abort_child(&o->sk);
	}
}

static void tcp_close(struct sock *sk)
{
	bool data_was_unread;

	sk->sk_shutdown = SHUTDOWN_MASK;
	sk->sk_dead = true;		/* orphaned: freed when the connection ends */
	if (sk->sk_state == TCP_LISTEN) {
		tcp_set_state(sk, TCP_CLOSE);
		tcp_listen_stop(sk);
		tcp_destroy_sock(sk);
		return;
	}
	data_was_unread = !skb_queue_empty(&sk->sk_receive_queue);
	skb_queue_purge(&sk->sk_receive_queue);
	sk->sk_rmem_alloc = 0;
	if (sk->sk_state == TCP_CLOSE) {
		tcp_destroy_sock(sk);
	} else if (data_was_unread || (sk->sk_linger && !sk->sk_lingertime)) {
		/* Unread data was thrown away, or SO_LINGER {1, 0} asked for
		 * an abortive close: tell the peer with RST. */
		tcp_send_active_reset(sk);
		tcp_done(sk);
	} else if (tcp_close_state(sk)) {
		tcp_send_fin(sk);
	} else if (sk->sk_state == TCP_CLOSE) {
		tcp_destroy_sock(sk);
	}
}

static int tcp_disconnect(struct sock *sk)
{
	struct tcp_sock *tp = tcp_sk(sk);
	struct inet_sock *inet = inet_sk(sk);
	int old = sk->sk_state;

	if (old == TCP_LISTEN)
		tcp_listen_stop(sk);
	else if (tcp_need_reset(old))
		tcp_send_active_reset(sk);
	tcp_set_state(sk, TCP_CLOSE);
	skb_queue_purge(&sk->sk_receive_queue);
	skb_queue_purge(&tp->write_queue);
	sk->sk_rmem_alloc = sk->sk_wmem_queued = 0;
	inet->inet_daddr = 0;
	inet->inet_dport = 0;
	sk->sk_shutdown = 0;
	tp->fin_queued = tp->fin_sent = tp->done = false;
	if (sk->sk_socket)
		sk->sk_socket->state = SS_UNCONNECTED;
	sk_wake(sk);			/* an accept() sleeping on a listener */
	return 0;
}

static void tcp_shutdown(struct sock *sk, int how)
{
	if (!(how & SEND_SHUTDOWN))
		return;
	if (sk->sk_state == TCP_ESTABLISHED || sk->sk_state == TCP_SYN_SENT ||
	    sk->sk_state == TCP_SYN_RECV || sk->sk_state == TCP_CLOSE_WAIT)
		if (tcp_close_state(sk))
			tcp_send_fin(sk);
}

/* TCP ports: SO_REUSEADDR on both lets a port be shared, but never with a
 * listener (Linux's inet_csk_bind_conflict) — so two reusing sockets may
 * both bind, and the clash appears when the second one listens. */
static bool tcp_bind_conflict(struct sock *sk, u16 snum)
{
	for (struct inet_sock *o = tcp_prot.bind_list; o; o = o->bind_next) {
		if (&o->sk == sk || o->inet_num != snum || !inet_addr_overlap(o, inet_sk(sk)))
			continue;
		if (!sk->sk_reuse || !o->sk.sk_reuse || o->sk.sk_state == TCP_LISTEN)
			return true;
	}
	return false;
}

/* SIOCINQ (FIONREAD): bytes received and not yet read — the peer's FIN
 * not counted; SIOCOUTQ: bytes sent and not yet acknowledged, plus those
 * still queued (and our FIN while it is unacknowledged), as Linux's
 * write_seq - snd_una.  Both 0 while connecting, EINVAL on a listener. */
static int tcp_ioctl(struct sock *sk, unsigned int cmd, unsigned long arg)
{
	struct tcp_sock *tp = tcp_sk(sk);
	int answ;

	switch (cmd) {
	case SIOCINQ:
	case SIOCOUTQ:
		break;
	default:
		return -ENOIOCTLCMD;
	}
	if (sk->sk_state == TCP_LISTEN)
		return -EINVAL;
	if (sk->sk_state == TCP_SYN_SENT || sk->sk_state == TCP_SYN_RECV)
		answ = 0;
	else if (cmd == SIOCINQ)
		answ = sk->sk_rmem_alloc;
	else
		answ = tp->write_seq - tp->snd_una;
	return put_user(answ, (int __user *)arg);
}

struct proto tcp_prot = {
	.name = "TCP",
	.ioctl = tcp_ioctl,
	.bind_conflict = tcp_bind_conflict,
	.close = tcp_close,
	.shutdown = tcp_shutdown,
	.disconnect = tcp_disconnect,
};

/* At power-off, connections that only the kernel still holds (TIME_WAIT,
 * or waiting for a FIN that will never come) are dropped, so the leak
 * counts see only what was really lost. */
static void tcp_power_off(void)
{
	for (struct inet_sock *o = tcp_prot.bind_list, *next; o; o = next) {
		next = o->bind_next;
		if (o->sk.sk_dead)
			tcp_destroy_sock(&o->sk);
	}
}

/* --- connections --- */

static u32 tcp_new_isn(void)
{
	/* Linux hashes the addresses with a clock; the clock alone will do. */
	return (u32)(ktime_get_ns() >> 6) * 2654435761u;
}

struct sock *tcp_create_child(struct sock *listener, u32 saddr, u16 sport, u32 daddr, u16 dport)
{
	struct sock *sk = sk_alloc(AF_INET, sizeof(struct tcp_sock));
	struct inet_sock *inet;
	struct tcp_sock *tp;

	if (!sk)
		return NULL;
	inet = inet_sk(sk);
	tp = tcp_sk(sk);
	sk->sk_type = SOCK_STREAM;
	sk->sk_protocol = IPPROTO_TCP;
	inet->prot = &tcp_prot;
	tcp_init_sock(sk);
	sk->sk_rcvbuf = listener->sk_rcvbuf;
	sk->sk_sndbuf = listener->sk_sndbuf;
	sk->sk_reuse = listener->sk_reuse;
	sk->sk_keepalive = listener->sk_keepalive;
	tp->nodelay = tcp_sk(listener)->nodelay;
	sk->sk_dead = true;		/* nobody holds it until it is queued */
	inet->inet_rcv_saddr = inet->inet_saddr = daddr;
	inet->inet_daddr = saddr;
	inet->inet_dport = sport;
	inet_bind_hash(sk, ntohs(dport));	/* shares the listener's port */
	tp->parent = listener;
	tp->mss = TCP_MSS_LO;
	tp->snd_una = tp->snd_nxt = tp->write_seq = tcp_new_isn();
	return sk;
}

/* The handshake of a child is complete: it waits on its listener's queue
 * (the receive queue of a listening socket holds connections, not data). */
void tcp_child_established(struct sock *child)
{
	struct tcp_sock *tp = tcp_sk(child);
	struct sock *parent = tp->parent;
	struct sk_buff *skb = alloc_skb(0);

	tcp_set_state(child, TCP_ESTABLISHED);
	if (!skb) {
		tcp_abort_child(child);
		return;
	}
	tp->parent = NULL;
	child->sk_dead = false;		/* the accept queue holds it */
	skb->cb.accept.child = child;
	skb_queue_tail(&parent->sk_receive_queue, skb);
	parent->sk_ack_backlog++;
	sk_wake(parent);
}

static int tcp_v4_connect(struct sock *sk, struct sockaddr_in *usin)
{
	struct inet_sock *inet = inet_sk(sk);
	struct tcp_sock *tp = tcp_sk(sk);
	int err;

	if (!ip_route_ok(usin->sin_addr.s_addr))
		return -ENETUNREACH;
	inet->inet_daddr = usin->sin_addr.s_addr ? usin->sin_addr.s_addr : htonl(LOOPBACK_ADDR);
	inet->inet_dport = usin->sin_port;
	if (!inet->inet_saddr)
		inet->inet_saddr = inet_select_addr(inet->inet_daddr);
	err = inet_autobind(sk);
	if (err) {
		inet->inet_daddr = 0;
		inet->inet_dport = 0;
		return -EADDRNOTAVAIL;
	}
	tp->mss = TCP_MSS_LO;
	tp->snd_una = tp->snd_nxt = tp->write_seq = tcp_new_isn();
	tp->snd_wnd = 0;
	tcp_set_state(sk, TCP_SYN_SENT);
	tcp_send_syn(sk, false);
	tp->syn_retries = 0;
	tp->rto = TCP_TIMEOUT_INIT;
	mod_timer(&tp->timer, jiffies + tp->rto);
	return 0;
}

static bool connecting(struct sock *sk)
{
	return sk->sk_state == TCP_SYN_SENT || sk->sk_state == TCP_SYN_RECV;
}

/* Linux's inet_stream_connect: the socket's state decides the answer. */
static int inet_stream_connect(struct socket *sock, struct sockaddr *uaddr, int addr_len, int flags)
{
	struct sock *sk = sock->sk;
	int err;

	if (addr_len < (int)sizeof(sa_family_t))
		return -EINVAL;
	if (uaddr->sa_family == AF_UNSPEC) {
		err = tcp_disconnect(sk);
		sock->state = err ? SS_DISCONNECTING : SS_UNCONNECTED;
		return err;
	}
	switch (sock->state) {
	default:
		return -EINVAL;
	case SS_CONNECTED:
		return -EISCONN;
	case SS_CONNECTING:
		err = -EALREADY;
		break;
	case SS_UNCONNECTED:
		if (sk->sk_state != TCP_CLOSE)
			return -EISCONN;
		err = inet_check_addr(uaddr, addr_len);
		if (err)
			return err;
		err = tcp_v4_connect(sk, (struct sockaddr_in *)uaddr);
		if (err)
			return err;
		sock->state = SS_CONNECTING;
		err = -EINPROGRESS;
		break;
	}
	if (connecting(sk)) {
		long timeo = sock_sndtimeo(sk, flags & O_NONBLOCK);

		if (!timeo)
			return err;	/* EINPROGRESS, or EALREADY */
		err = sk_wait_event(sk->sk_wq, &timeo, !connecting(sk));
		if (err)
			return err == -EAGAIN ? -EINPROGRESS : err;	/* SO_SNDTIMEO ran out */
	}
	if (sk->sk_state == TCP_CLOSE) {
		/* Refused (RST) or otherwise ended. */
		err = sock_error(sk);
		if (!err)
			err = -ECONNABORTED;
		sock->state = SS_UNCONNECTED;
		tcp_disconnect(sk);
		return err;
	}
	sock->state = SS_CONNECTED;
	return 0;
}

static int inet_listen(struct socket *sock, int backlog)
{
	struct sock *sk = sock->sk;
	struct inet_sock *inet = inet_sk(sk);
	int old = sk->sk_state;

	if (sock->state != SS_UNCONNECTED || sock->type != SOCK_STREAM)
		return -EINVAL;
	if (old != TCP_CLOSE && old != TCP_LISTEN)
		return -EINVAL;
	sk->sk_max_ack_backlog = backlog;
	if (old == TCP_LISTEN)
		return 0;
	tcp_set_state(sk, TCP_LISTEN);
	/* The port is checked again, now as a listener's. */
	if (inet->inet_num ? tcp_bind_conflict(sk, inet->inet_num) : inet_get_port(sk, 0) != 0) {
		tcp_set_state(sk, TCP_CLOSE);
		return -EADDRINUSE;
	}
	return 0;
}

static int inet_accept(struct socket *sock, struct socket *newsock, int flags)
{
	struct sock *sk = sock->sk, *child;
	struct sk_buff *skb;
	long timeo = sock_rcvtimeo(sk, flags & O_NONBLOCK);
	int err;

	if (sk->sk_state != TCP_LISTEN)
		return -EINVAL;
	err = sk_wait_event(sk->sk_wq, &timeo, !skb_queue_empty(&sk->sk_receive_queue) ||
			    sk->sk_state != TCP_LISTEN);
	if (err)
		return err;
	if (sk->sk_state != TCP_LISTEN)
		return -EINVAL;
	skb = skb_dequeue(&sk->sk_receive_queue);
	sk->sk_ack_backlog--;
	child = skb->cb.accept.child;
	kfree_skb(skb);
	child->sk_socket = newsock;
	newsock->sk = child;
	newsock->state = SS_CONNECTED;
	return 0;
}

/* --- data --- */

static int tcp_wait_connect(struct sock *sk, long *timeo)
{
	for (;;) {
		int err;

		if (sk->sk_err)
			return sock_error(sk);
		if (!connecting(sk))
			return -EPIPE;
		err = sk_wait_event(sk->sk_wq, timeo, !connecting(sk) || sk->sk_err);
		if (err)
			return err;
		if (sk->sk_state == TCP_ESTABLISHED || sk->sk_state == TCP_CLOSE_WAIT)
			return 0;
	}
}

static int tcp_sendmsg(struct socket *sock, struct msghdr *m, size_t len)
{
	struct sock *sk = sock->sk;
	struct tcp_sock *tp = tcp_sk(sk);
	int flags = m->msg_flags;
	long timeo = sock_sndtimeo(sk, flags & MSG_DONTWAIT);
	size_t copied = 0;
	int err = 0;

	if (flags & MSG_OOB)
		return -EOPNOTSUPP;	/* urgent data: not here */
	if (sk->sk_state != TCP_ESTABLISHED && sk->sk_state != TCP_CLOSE_WAIT) {
		err = tcp_wait_connect(sk, &timeo);
		if (err)
			goto do_error;
	}
	while (copied < len) {
		struct sk_buff *skb;
		int space;
		size_t chunk;

		if (sk->sk_err || (sk->sk_shutdown & SEND_SHUTDOWN)) {
			err = -EPIPE;
			goto do_error;
		}
		space = sk->sk_sndbuf - sk->sk_wmem_queued;
		if (space <= 0) {
			/* The send buffer is full: the peer's window is shut. */
			err = sk_wait_event(sk->sk_wq, &timeo, sk->sk_sndbuf > sk->sk_wmem_queued ||
					    sk->sk_err || (sk->sk_shutdown & SEND_SHUTDOWN));
			if (err)
				goto do_error;
			continue;
		}
		chunk = min(len - copied, (size_t)space);
		chunk = min(chunk, (size_t)tp->mss);
		skb = alloc_skb(chunk);
		if (!skb) {
			err = -ENOBUFS;
			goto do_error;
		}
		if (memcpy_from_msg(skb_put(skb, chunk), m, chunk)) {
			kfree_skb(skb);
			err = -EFAULT;
			goto do_error;
		}
		skb->cb.tcp.seq = tp->write_seq;
		tp->write_seq += chunk;
		sk->sk_wmem_queued += chunk;
		skb_queue_tail(&tp->write_queue, skb);
		copied += chunk;
		tcp_push(sk);
	}
	return copied;
do_error:
	if (copied)
		return copied;
	/* Linux's sk_stream_error: a pending error wins over EPIPE, and
	 * EPIPE comes with SIGPIPE unless MSG_NOSIGNAL. */
	if (err == -EPIPE) {
		err = sock_error(sk);
		if (!err) {
			err = -EPIPE;
			sock_send_sigpipe(flags);
		}
	}
	return err;
}

static int tcp_recvmsg(struct socket *sock, struct msghdr *m, size_t len, int flags)
{
	struct sock *sk = sock->sk;
	struct tcp_sock *tp = tcp_sk(sk);
	size_t copied = 0, peek_off = 0;
	size_t target = (flags & MSG_WAITALL) ? len : min((size_t)sk->sk_rcvlowat, len);
	long timeo = sock_rcvtimeo(sk, flags & MSG_DONTWAIT);
	bool consumed = false;
	int err;

	if (sk->sk_state == TCP_LISTEN)
		return -ENOTCONN;
	if (flags & MSG_OOB)
		return -EINVAL;		/* no urgent data here */
	/* As Linux, the loop runs once even for 0 bytes, and its target is
	 * at least 1: so a zero-length receive is EAGAIN on an empty
	 * connection, ENOTCONN on an unconnected one, 0 once data is there. */
	if (!target)
		target = 1;
	do {
		struct sk_buff *skb;
		size_t off = peek_off, chunk;

		/* The first byte not yet taken (or peeked at). */
		skb_queue_walk(&sk->sk_receive_queue, skb) {
			if (off < skb->len)
				break;
			off -= skb->len;
		}
		if (&skb->list != &sk->sk_receive_queue.head) {
			chunk = min(len - copied, (size_t)(skb->len - off));
			if (!(flags & MSG_TRUNC) && memcpy_to_msg(m, skb->data + off, chunk)) {
				if (!copied)
					copied = -EFAULT;
				break;
			}
			copied += chunk;
			if (flags & MSG_PEEK) {
				peek_off += chunk;
				continue;
			}
			skb_pull(skb, chunk);
			sk->sk_rmem_alloc -= chunk;
			consumed |= chunk != 0;
			if (!skb->len) {
				skb_unlink(skb, &sk->sk_receive_queue);
				kfree_skb(skb);
			}
			continue;
		}
		if (copied >= target)
			break;
		if (copied) {
			if (sk->sk_err || sk->sk_state == TCP_CLOSE || (sk->sk_shutdown & RCV_SHUTDOWN) || !timeo)
				break;
		} else {
			if (tp->done)
				break;
			if (sk->sk_err) {
				copied = sock_error(sk);
				break;
			}
			if (sk->sk_shutdown & RCV_SHUTDOWN)
				break;
			if (sk->sk_state == TCP_CLOSE) {
				copied = -ENOTCONN;	/* never connected */
				break;
			}
			if (!timeo) {
				copied = -EAGAIN;
				break;
			}
		}
		err = sk_wait_event(sk->sk_wq, &timeo, (size_t)sk->sk_rmem_alloc > peek_off || sk->sk_err ||
				    tp->done || (sk->sk_shutdown & RCV_SHUTDOWN) || sk->sk_state == TCP_CLOSE);
		/* A timeout (timeo now 0) is for the next round to report, as
		 * in Linux: none comes for 0 bytes, which then returns 0. */
		if (err && err != -EAGAIN) {
			if (!copied)
				copied = err;
			break;
		}
	} while (copied < len);
	if (consumed)
		tcp_window_update(sk);
	return copied;
}

static unsigned int tcp_poll(struct file *file, struct socket *sock, poll_table *pt)
{
	struct sock *sk = sock->sk;
	unsigned int mask = 0;
	int state = sk->sk_state;

	poll_wait(file, &sk->sk_wq, pt);
	if (state == TCP_LISTEN)
		return skb_queue_empty(&sk->sk_receive_queue) ? 0 : POLLIN | POLLRDNORM;
	if (sk->sk_shutdown == SHUTDOWN_MASK || state == TCP_CLOSE)
		mask |= POLLHUP;
	if (sk->sk_shutdown & RCV_SHUTDOWN)
		mask |= POLLIN | POLLRDNORM | POLLRDHUP;
	if (state != TCP_SYN_SENT && state != TCP_SYN_RECV) {
		if (sk->sk_rmem_alloc)
			mask |= POLLIN | POLLRDNORM;
		/* Writable while the free send space is at least a third. */
		if ((sk->sk_shutdown & SEND_SHUTDOWN) ||
		    sk->sk_sndbuf - sk->sk_wmem_queued >= sk->sk_wmem_queued / 2)
			mask |= POLLOUT | POLLWRNORM;
	}
	if (sk->sk_err)
		mask |= POLLERR;
	return mask;
}

/* --- options --- */

static int tcp_setsockopt(struct socket *sock, int level, int optname, const char __user *optval,
			  unsigned int optlen)
{
	struct tcp_sock *tp = tcp_sk(sock->sk);
	int val, err;

	if (level != IPPROTO_TCP)
		return udp_setsockopt(sock, level, optname, optval, optlen);	/* IP level */
	err = get_int_option(&val, optval, optlen);
	if (err)
		return err;
	switch (optname) {
	case TCP_NODELAY:
		tp->nodelay = val != 0;
		return 0;
	default:
		return -ENOPROTOOPT;
	}
}

static int tcp_getsockopt(struct socket *sock, int level, int optname, char __user *optval,
			  int __user *optlen)
{
	struct sock *sk = sock->sk;
	struct tcp_sock *tp = tcp_sk(sk);

	if (level != IPPROTO_TCP)
		return udp_getsockopt(sock, level, optname, optval, optlen);
	switch (optname) {
	case TCP_NODELAY:
		return put_int_option(tp->nodelay, optval, optlen);
	case TCP_MAXSEG:
		return put_int_option(tp->mss, optval, optlen);
	default:
		return -ENOPROTOOPT;
	}
}

const struct proto_ops inet_stream_ops = {
	.family = AF_INET,
	.release = inet_release,
	.bind = inet_bind,
	.connect = inet_stream_connect,
	.socketpair = sock_no_socketpair,
	.accept = inet_accept,
	.getname = inet_getname,
	.poll = tcp_poll,
	.listen = inet_listen,
	.shutdown = inet_shutdown,
	.setsockopt = tcp_setsockopt,
	.getsockopt = tcp_getsockopt,
	.sendmsg = tcp_sendmsg,
	.recvmsg = tcp_recvmsg,
	.ioctl = inet_ioctl,
};

static const struct net_protocol tcp_protocol = {
	.handler = tcp_v4_rcv,
};

void tcp_init(void)
{
	inet_add_protocol(&tcp_protocol, IPPROTO_TCP);
	register_reboot_notifier(tcp_power_off);
}
