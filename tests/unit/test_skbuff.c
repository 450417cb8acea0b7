/* Unit tests for net/core/skbuff.c, the packet buffers all of net/ builds on:
 * exact headroom arithmetic (an off-by-one corrupts packets silently), BUG_ON
 * on overruns, the socket queues, and the nr_skbs count the leak checks use. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <linux/skbuff.h>
#include <linux/mm.h>
#include "unit.h"
#include "net_unit.h"

static int setup(void **state)
{
	unit_panic_count = 0;
	unit_kmalloc_fail_in = 0;
	return 0;
}

/* Every test ends with nothing allocated. */
static int teardown(void **state)
{
	assert_int_equal(nr_skbs, 0);
	assert_int_equal(kmalloc_live, 0);
	return 0;
}

static void test_alloc_fresh_buffer(void **state)
{
	struct sk_buff *skb = alloc_skb(200);

	assert_non_null(skb);
	assert_int_equal(nr_skbs, 1);
	assert_int_equal(kmalloc_live, 2);		/* the sk_buff and its data */
	assert_ptr_equal(skb->data, skb->head);
	assert_int_equal(skb->len, 0);
	assert_int_equal(skb->size, 200);
	assert_int_equal(skb_headroom(skb), 0);
	assert_int_equal(skb->truesize, 200 + sizeof(struct sk_buff));
	assert_null(skb->sk);
	assert_null(skb->dev);
	assert_ptr_equal(skb->list.next, &skb->list);	/* not on a queue */
	assert_ptr_equal(skb->list.prev, &skb->list);
	kfree_skb(skb);
	assert_int_equal(nr_skbs, 0);

	skb = alloc_skb(0);			/* AF_UNIX's empty messages, accept's markers */
	assert_non_null(skb);
	assert_int_equal(skb->size, 0);
	assert_int_equal(nr_skbs, 1);
	kfree_skb(skb);
	kfree_skb(NULL);			/* a no-op, not a count */
	assert_int_equal(nr_skbs, 0);
}

/* The way down (reserve, put the payload, push headers) and up (pull them). */
static void test_reserve_put_push_pull(void **state)
{
	struct sk_buff *skb = alloc_skb(64 + 100);
	unsigned char *head, *p, *tcp, *ip;

	head = skb->head;
	skb_reserve(skb, 64);
	assert_int_equal(skb_headroom(skb), 64);
	assert_ptr_equal(skb->data, head + 64);
	assert_int_equal(skb->len, 0);

	p = skb_put(skb, 60);
	assert_ptr_equal(p, head + 64);
	assert_int_equal(skb->len, 60);
	memset(p, 'd', 60);
	p = skb_put(skb, 40);			/* the next bytes go after the first */
	assert_ptr_equal(p, head + 124);
	assert_int_equal(skb->len, 100);
	memset(p, 'e', 40);

	tcp = skb_push(skb, 20);
	assert_ptr_equal(tcp, head + 44);
	assert_ptr_equal(skb->data, tcp);
	assert_int_equal(skb->len, 120);
	assert_int_equal(skb_headroom(skb), 44);
	memset(tcp, 't', 20);
	ip = skb_push(skb, 20);
	assert_ptr_equal(ip, head + 24);
	assert_int_equal(skb->len, 140);
	memset(ip, 'i', 20);

	/* and up again */
	p = skb_pull(skb, 20);
	assert_ptr_equal(p, tcp);
	assert_ptr_equal(skb->data, tcp);
	assert_int_equal(skb->len, 120);
	p = skb_pull(skb, 20);
	assert_ptr_equal(p, head + 64);
	assert_int_equal(skb->len, 100);
	for (int i = 0; i < 100; i++)
		assert_int_equal(skb->data[i], i < 60 ? 'd' : 'e');
	assert_int_equal(unit_panic_count, 0);
	kfree_skb(skb);
}

/* Pulling more than there is fails and changes nothing; all of it is fine. */
static void test_pull_limits(void **state)
{
	struct sk_buff *skb = alloc_skb(32);
	unsigned char *data;

	skb_put(skb, 10);
	data = skb->data;
	assert_null(skb_pull(skb, 11));
	assert_ptr_equal(skb->data, data);
	assert_int_equal(skb->len, 10);
	assert_ptr_equal(skb_pull(skb, 0), data);
	assert_ptr_equal(skb_pull(skb, 10), data + 10);
	assert_int_equal(skb->len, 0);
	assert_null(skb_pull(skb, 1));
	assert_int_equal(skb->len, 0);
	kfree_skb(skb);
}

/* Exactly to the end is allowed; one byte more is a kernel bug. */
static void test_put_past_end_is_bug(void **state)
{
	struct sk_buff *skb = alloc_skb(50);

	skb_reserve(skb, 10);
	skb_put(skb, 40);			/* fills it */
	assert_int_equal(unit_panic_count, 0);
	expect_assert_failure(skb_put(skb, 1));
	assert_int_equal(unit_panic_count, 1);
	assert_int_equal(skb->len, 40);		/* unchanged */
	assert_non_null(strstr(unit_panic_buf, "BUG"));

	kfree_skb(skb);
	skb = alloc_skb(8);
	expect_assert_failure(skb_put(skb, 9));
	assert_int_equal(skb->len, 0);
	kfree_skb(skb);
}

static void test_push_past_head_is_bug(void **state)
{
	struct sk_buff *skb = alloc_skb(64);

	skb_reserve(skb, 20);
	skb_put(skb, 10);
	skb_push(skb, 20);			/* exactly the headroom */
	assert_int_equal(skb_headroom(skb), 0);
	assert_int_equal(unit_panic_count, 0);
	expect_assert_failure(skb_push(skb, 1));
	assert_int_equal(unit_panic_count, 1);
	assert_ptr_equal(skb->data, skb->head);	/* unchanged */
	assert_int_equal(skb->len, 30);
	kfree_skb(skb);
}

/* When memory runs out: NULL, and nothing left behind. */
static void test_alloc_failure_leaks_nothing(void **state)
{
	unit_kmalloc_fail_in = 1;		/* the sk_buff itself */
	assert_null(alloc_skb(100));
	assert_int_equal(nr_skbs, 0);
	assert_int_equal(kmalloc_live, 0);
	unit_kmalloc_fail_in = 2;		/* its data */
	assert_null(alloc_skb(100));
	assert_int_equal(nr_skbs, 0);
	assert_int_equal(kmalloc_live, 0);
}

static struct sk_buff *tagged(unsigned char tag)
{
	struct sk_buff *skb = alloc_skb(1);

	*skb_put(skb, 1) = tag;
	return skb;
}

static void expect_queue(struct sk_buff_head *q, const char *tags)
{
	struct sk_buff *skb;
	size_t i = 0;

	assert_int_equal(q->qlen, strlen(tags));
	assert_int_equal(skb_queue_empty(q), tags[0] == 0);
	skb_queue_walk(q, skb) {
		assert_true(i < strlen(tags));
		assert_int_equal(skb->data[0], tags[i]);
		i++;
	}
	assert_int_equal(i, strlen(tags));
}

/* FIFO order; peek does not remove; unlink takes one from the middle. */
static void test_queue_ops(void **state)
{
	struct sk_buff_head q;
	struct sk_buff *a, *b, *c, *skb;

	skb_queue_head_init(&q);
	expect_queue(&q, "");
	assert_null(skb_peek(&q));
	assert_null(skb_dequeue(&q));

	skb_queue_tail(&q, a = tagged('a'));
	skb_queue_tail(&q, b = tagged('b'));
	skb_queue_tail(&q, c = tagged('c'));
	expect_queue(&q, "abc");
	assert_ptr_equal(skb_peek(&q), a);
	assert_ptr_equal(skb_peek(&q), a);
	expect_queue(&q, "abc");

	skb_unlink(b, &q);
	expect_queue(&q, "ac");
	assert_ptr_equal(b->list.next, &b->list);	/* off the list, cleanly */
	skb_queue_tail(&q, b);				/* and can go back on */
	expect_queue(&q, "acb");

	skb = skb_dequeue(&q);
	assert_ptr_equal(skb, a);
	assert_ptr_equal(a->list.next, &a->list);
	expect_queue(&q, "cb");
	kfree_skb(skb);
	skb_unlink(b, &q);				/* the last one */
	expect_queue(&q, "c");
	kfree_skb(b);
	assert_ptr_equal(skb_dequeue(&q), c);
	expect_queue(&q, "");
	assert_ptr_equal(q.head.next, &q.head);
	assert_null(skb_dequeue(&q));
	kfree_skb(c);
}

static void test_queue_purge(void **state)
{
	struct sk_buff_head q;

	skb_queue_head_init(&q);
	skb_queue_purge(&q);			/* empty: fine */
	for (int i = 0; i < 5; i++)
		skb_queue_tail(&q, tagged((unsigned char)('0' + i)));
	assert_int_equal(nr_skbs, 5);
	assert_int_equal(kmalloc_live, 10);
	skb_queue_purge(&q);
	expect_queue(&q, "");
	assert_int_equal(nr_skbs, 0);
	assert_int_equal(kmalloc_live, 0);
}

/* Many buffers through two queues in random order: the count follows. */
static void test_nr_skbs_accounting(void **state)
{
	struct sk_buff_head q[2];
	uint32_t r = 12345;
	unsigned long live = 0;

	skb_queue_head_init(&q[0]);
	skb_queue_head_init(&q[1]);
	for (int i = 0; i < 5000; i++) {
		r = r * 1103515245 + 12345;
		switch ((r >> 16) % 4) {
		case 0:
		case 1:
			skb_queue_tail(&q[(r >> 20) & 1], alloc_skb((r >> 8) & 0xff));
			live++;
			break;
		case 2: {
			struct sk_buff *skb = skb_dequeue(&q[(r >> 20) & 1]);

			if (skb) {
				kfree_skb(skb);
				live--;
			}
			break;
		}
		case 3: {				/* move one across */
			struct sk_buff *skb = skb_peek(&q[0]);

			if (skb) {
				skb_unlink(skb, &q[0]);
				skb_queue_tail(&q[1], skb);
			}
			break;
		}
		}
		assert_int_equal(nr_skbs, live);
		assert_int_equal(q[0].qlen + q[1].qlen, live);
	}
	skb_queue_purge(&q[0]);
	skb_queue_purge(&q[1]);
	assert_int_equal(nr_skbs, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_alloc_fresh_buffer, setup, teardown),
		cmocka_unit_test_setup_teardown(test_reserve_put_push_pull, setup, teardown),
		cmocka_unit_test_setup_teardown(test_pull_limits, setup, teardown),
		cmocka_unit_test_setup_teardown(test_put_past_end_is_bug, setup, teardown),
		cmocka_unit_test_setup_teardown(test_push_past_head_is_bug, setup, teardown),
		cmocka_unit_test_setup_teardown(test_alloc_failure_leaks_nothing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_queue_ops, setup, teardown),
		cmocka_unit_test_setup_teardown(test_queue_purge, setup, teardown),
		cmocka_unit_test_setup_teardown(test_nr_skbs_accounting, setup, teardown),
	};

	return cmocka_run_group_tests_name("net/core/skbuff.c", tests, NULL, NULL);
}
