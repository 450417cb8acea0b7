/* include/net/sock.h — struct sock, the protocol side of a socket.
 *
 * struct socket (include/linux/net.h) is what the file layer sees; struct
 * sock is what a protocol keeps: state, queues, buffer sizes, the pending
 * error.  Each protocol embeds it as the first member of its own structure
 * (struct unix_sock, inet_sock -> udp_sock / tcp_sock), the way Linux
 * does, and converts with a cast (unix_sk(sk), tcp_sk(sk)).  Everything
 * that sleeps on a socket — recv, accept, send on a full buffer, connect,
 * poll — sleeps on its one wait queue, sk_wq.
 */
#ifndef _NET_SOCK_H
#define _NET_SOCK_H

#include <linux/types.h>
#include <linux/wait.h>
#include <linux/skbuff.h>
#include <linux/net.h>
#include <linux/errno.h>

#define RCV_SHUTDOWN	1
#define SEND_SHUTDOWN	2
#define SHUTDOWN_MASK	3

/* Linux's defaults (net.core.rmem_default etc., tcp_rmem/tcp_wmem). */
#define SYSCTL_RMEM_MAX	212992
#define SYSCTL_WMEM_MAX	212992
#define SOCK_MIN_RCVBUF	2304
#define SOCK_MIN_SNDBUF	4608

struct sock {
	u16 sk_family, sk_type, sk_protocol;
	volatile u8 sk_state;		/* TCP_* for inet, or unix states */
	u8 sk_shutdown;			/* RCV_SHUTDOWN | SEND_SHUTDOWN */
	bool sk_reuse, sk_keepalive, sk_dead;
	int sk_err;			/* pending error: SO_ERROR, reported once */
	int sk_rcvbuf, sk_sndbuf;	/* limits, bytes */
	int sk_rmem_alloc;		/* bytes queued to read */
	int sk_wmem_queued;		/* bytes queued to send */
	int sk_ack_backlog, sk_max_ack_backlog;
	int sk_refcnt;			/* freed when it drops to 0 */
	int sk_rcvlowat;
	long sk_rcvtimeo, sk_sndtimeo;	/* ticks; MAX_SCHEDULE_TIMEOUT: forever */
	int sk_lingertime;		/* seconds, if sk_linger */
	bool sk_linger;
	struct sk_buff_head sk_receive_queue;
	wait_queue_head_t sk_wq;
	struct socket *sk_socket;	/* NULL once the file is closed */
	void (*sk_destruct)(struct sock *sk);
};

extern unsigned long nr_socks;

struct sock *sk_alloc(int family, size_t size);
void sk_free(struct sock *sk);
static inline void sock_hold(struct sock *sk) { sk->sk_refcnt++; }
static inline void sock_put(struct sock *sk) { if (--sk->sk_refcnt == 0) sk_free(sk); }
void sock_init_data(struct socket *sock, struct sock *sk);
/* Something changed: wake whoever sleeps on the socket (Linux has one
 * callback per event, sk_data_ready, sk_write_space, sk_state_change ...;
 * they all end in a wake-up of the socket's wait queue). */
void sk_wake(struct sock *sk);
int sock_error(struct sock *sk);	/* take the pending error, 0 if none */
int sock_setsockopt(struct socket *sock, int optname, const char __user *optval, unsigned int optlen);
int sock_getsockopt(struct socket *sock, int optname, char __user *optval, int __user *optlen);
int put_int_option(int val, char __user *optval, int __user *optlen);
int get_int_option(int *val, const char __user *optval, unsigned int optlen);

int sock_no_socketpair(struct socket *a, struct socket *b);
int sock_no_listen(struct socket *sock, int backlog);
int sock_no_accept(struct socket *sock, struct socket *newsock, int flags);

/* How long a call may sleep, in ticks: 0 if non-blocking, else the
 * socket's SO_RCVTIMEO / SO_SNDTIMEO (forever unless set). */
static inline long sock_rcvtimeo(const struct sock *sk, bool noblock)
{
	return noblock ? 0 : sk->sk_rcvtimeo;
}
static inline long sock_sndtimeo(const struct sock *sk, bool noblock)
{
	return noblock ? 0 : sk->sk_sndtimeo;
}

/* Sleep on wait queue wq until cond holds, for at most *timeo ticks
 * (what is left is written back).  0 once cond holds, -EAGAIN when the
 * time ran out (or was 0: non-blocking), and when a signal came
 * -ERESTARTSYS (restarted under SA_RESTART) or, if the socket has a
 * SO_RCVTIMEO / SO_SNDTIMEO, -EINTR (never restarted), as Linux. */
#define sk_wait_event(wq, timeo, cond) ({					\
	int __rc = 0;								\
	if (!(cond)) {								\
		long __t = *(timeo) ?						\
			wait_event_interruptible_timeout(wq, (cond), *(timeo)) : 0; \
		if (__t < 0)	/* Linux's sock_intr_errno */			\
			__rc = *(timeo) == MAX_SCHEDULE_TIMEOUT ? -ERESTARTSYS : -EINTR; \
		else if (!(cond)) {						\
			*(timeo) = 0;						\
			__rc = -EAGAIN;						\
		} else if (*(timeo) != MAX_SCHEDULE_TIMEOUT)			\
			*(timeo) = __t;						\
	}									\
	__rc;									\
})

/* Datagram receive, shared by UDP and AF_UNIX datagram sockets
 * (net/core/datagram.c, where sock_queue_rcv_skb lives too; Linux keeps
 * that one in net/core/sock.c): the next buffer, or NULL with *err set. */
struct sk_buff *skb_recv_datagram(struct sock *sk, int flags, int *err);
void sock_queue_rcv_skb(struct sock *sk, struct sk_buff *skb);

#endif
