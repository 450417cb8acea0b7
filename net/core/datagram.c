/* net/core/datagram.c — helpers for receiving: moving data between a
 * message's user buffers and the kernel, and waiting for the next
 * datagram (UDP and AF_UNIX datagram/seqpacket sockets share this).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/sched.h>
#include <linux/uaccess.h>
#include <net/sock.h>

/* Walk the iovecs, consuming them as we go (like Linux's iov_iter), so
 * several calls continue where the last one stopped. */
static int msg_copy(struct msghdr *m, void *kbuf, size_t len, bool to_user)
{
	char *k = kbuf;

	while (len) {
		struct iovec *iov = m->msg_iov;
		size_t n;

		if (!m->msg_iovlen)
			return -EFAULT;		/* caller asked for more than fits */
		if (!iov->iov_len) {
			m->msg_iov++;
			m->msg_iovlen--;
			continue;
		}
		n = min(len, iov->iov_len);
		if (to_user ? copy_to_user(iov->iov_base, k, n) : copy_from_user(k, iov->iov_base, n))
			return -EFAULT;
		iov->iov_base = (char *)iov->iov_base + n;
		iov->iov_len -= n;
		k += n;
		len -= n;
	}
	return 0;
}

int memcpy_from_msg(void *to, struct msghdr *m, size_t len)
{
	return msg_copy(m, to, len, false);
}

int memcpy_to_msg(struct msghdr *m, const void *from, size_t len)
{
	return msg_copy(m, (void *)from, len, true);
}

void sock_queue_rcv_skb(struct sock *sk, struct sk_buff *skb)
{
	skb->sk = sk;
	sk->sk_rmem_alloc += skb->truesize;
	skb_queue_tail(&sk->sk_receive_queue, skb);
	sk_wake(sk);
}

/* The next datagram, removed from the queue unless MSG_PEEK.  Sleeps while
 * the queue is empty, unless non-blocking (-EAGAIN), shut down for reading
 * (NULL with *err = 0: end of file), or an error is pending.  As in Linux,
 * only a reader that would sleep looks at the shutdown: a non-blocking one
 * gets -EAGAIN even then. */
struct sk_buff *skb_recv_datagram(struct sock *sk, int flags, int *err)
{
	struct sk_buff *skb;
	long timeo = sock_rcvtimeo(sk, flags & MSG_DONTWAIT);

	for (;;) {
		*err = sock_error(sk);
		if (*err)
			return NULL;
		skb = skb_peek(&sk->sk_receive_queue);
		if (skb) {
			if (!(flags & MSG_PEEK)) {
				skb_unlink(skb, &sk->sk_receive_queue);
				sk->sk_rmem_alloc -= skb->truesize;
				sk_wake(sk);	/* room for writers */
			}
			return skb;
		}
		*err = -EAGAIN;
		if (!timeo)
			return NULL;
		*err = 0;
		if (sk->sk_shutdown & RCV_SHUTDOWN)
			return NULL;
		*err = sk_wait_event(sk->sk_wq, &timeo, sk->sk_err || !skb_queue_empty(&sk->sk_receive_queue) ||
				     (sk->sk_shutdown & RCV_SHUTDOWN));
		if (*err)
			return NULL;
	}
}
