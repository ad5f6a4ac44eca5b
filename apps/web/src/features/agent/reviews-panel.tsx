'use client';
// Ratings: average, distribution of the loaded reviews, the list, and the signed-in user's own review form.
import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { Banner } from '@nexus/ui/banner';
import { Button } from '@nexus/ui/button';
import { EmptyState } from '@nexus/ui/empty-state';
import { TextField } from '@nexus/ui/text-field';
import { formatDate } from '../../lib/format';
import { request } from '../../lib/graphql-client';
import { describeRequestError, noErrors, splitErrors, type SplitErrors } from '../../lib/user-errors';
import { RateAgentDocument } from './agent-documents';
import type { AgentReview } from './agent-types';
import { Stars } from './stars';
import styles from './agent.module.css';

export interface ReviewsPanelProps {
  agentId: string;
  agentPath: string;
  rating: number | null | undefined;
  ratingCount: number;
  totalReviews: number;
  reviews: readonly AgentReview[];
  viewerReview: AgentReview | null | undefined;
  token: string | null;
  viewerId: string | null;
}

export function ReviewsPanel(props: ReviewsPanelProps) {
  const [reviews, setReviews] = useState(props.reviews);
  const [mine, setMine] = useState(props.viewerReview ?? null);
  const [summary, setSummary] = useState({ rating: props.rating ?? null, count: props.ratingCount });
  const distribution = [5, 4, 3, 2, 1].map((stars) => ({ stars, count: reviews.filter((review) => review.rating === stars).length }));
  const most = Math.max(1, ...distribution.map((row) => row.count));

  return (
    <div className={styles.reviews} data-testid="reviews">
      <div className={styles.reviewSummary}>
        <div className={styles.average}>
          <strong data-testid="reviews-average">{summary.rating == null ? '–' : summary.rating.toFixed(1)}</strong>
          <Stars value={summary.rating ?? 0} />
          <span className="muted">{summary.count.toLocaleString('en')} {summary.count === 1 ? 'rating' : 'ratings'}</span>
        </div>
        <dl className={styles.distribution} aria-label={`Distribution of the ${reviews.length} most recent reviews`} data-testid="reviews-distribution">
          {distribution.map((row) => (
            <div key={row.stars} className={styles.distRow}>
              <dt>{row.stars} ★</dt>
              <dd>
                <span className={styles.distBar}><span style={{ width: `${(row.count / most) * 100}%` }} /></span>
                <span className={styles.distCount}>{row.count}</span>
              </dd>
            </div>
          ))}
        </dl>
        <div className={styles.reviewFormWrap}>
          {props.token ? (
            <ReviewForm
              agentId={props.agentId}
              token={props.token}
              existing={mine}
              onSaved={(review, agent) => {
                setMine(review);
                setReviews((current) => [review, ...current.filter((r) => r.id !== review.id)]);
                if (agent) setSummary({ rating: agent.rating ?? null, count: agent.ratingCount });
              }}
            />
          ) : (
            <p className="muted" data-testid="review-signin">
              <Link href={`/signin?next=${encodeURIComponent(props.agentPath)}`}>Sign in</Link> to rate and review this agent.
            </p>
          )}
        </div>
      </div>
      {reviews.length === 0 ? (
        <EmptyState title="No reviews yet" description="Be the first to say how this agent worked for you." data-testid="reviews-empty" />
      ) : (
        <ul className={styles.reviewList}>
          {reviews.map((review) => (
            <li key={review.id} className={styles.review} data-testid="review-item" data-rating={review.rating}>
              <div className={styles.reviewHead}>
                <Stars value={review.rating} label={`${review.rating} out of 5 stars`} />
                {review.title && <strong>{review.title}</strong>}
                {props.viewerId === review.authorId && <span className={styles.yours}>Your review</span>}
                <span className={styles.reviewDate}>{formatDate(review.updatedAt)}</span>
              </div>
              {review.body && <p className={styles.reviewBody}>{review.body}</p>}
            </li>
          ))}
        </ul>
      )}
      {props.totalReviews > reviews.length && <p className="muted">Showing the {reviews.length} most recent of {props.totalReviews.toLocaleString('en')} reviews.</p>}
    </div>
  );
}

const FIELDS = ['rating', 'title', 'body'] as const;

function ReviewForm({ agentId, token, existing, onSaved }: {
  agentId: string;
  token: string;
  existing: AgentReview | null;
  onSaved: (review: AgentReview, agent: { rating?: number | null; ratingCount: number } | null | undefined) => void;
}) {
  const [rating, setRating] = useState(existing?.rating ?? 0);
  const [errors, setErrors] = useState<SplitErrors>(noErrors);
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    if (rating < 1) {
      setErrors({ fields: { rating: 'Choose 1 to 5 stars.' }, banner: null });
      return;
    }
    setPending(true);
    setErrors(noErrors);
    setSaved(false);
    try {
      const title = String(data.get('title') ?? '').trim();
      const body = String(data.get('body') ?? '').trim();
      const { rateAgent } = await request(RateAgentDocument, { input: { agentId, rating, title: title || null, body: body || null } }, { token });
      if (rateAgent.errors.length) setErrors(splitErrors(rateAgent.errors, FIELDS));
      else if (rateAgent.review) {
        setSaved(true);
        onSaved(rateAgent.review, rateAgent.agent);
      }
    } catch (error) {
      setErrors({ fields: {}, banner: describeRequestError(error) });
    } finally {
      setPending(false);
    }
  }

  return (
    <form className={styles.reviewForm} onSubmit={submit} aria-label={existing ? 'Edit your review' : 'Rate this agent'} data-testid="review-form">
      <h3 className={styles.subTitle}>{existing ? 'Your review' : 'Rate this agent'}</h3>
      {errors.banner && <Banner tone="error" data-testid="review-error">{errors.banner}</Banner>}
      {saved && <Banner tone="success" data-testid="review-saved">Thanks — your review is saved.</Banner>}
      <fieldset className={styles.starInput} aria-invalid={errors.fields.rating ? true : undefined}>
        <legend className="sr-only">Rating</legend>
        {[1, 2, 3, 4, 5].map((stars) => (
          <label key={stars} className={stars <= rating ? styles.starOn : styles.starOffInput} title={`${stars} ${stars === 1 ? 'star' : 'stars'}`}>
            <input type="radio" name="rating" value={stars} checked={rating === stars} onChange={() => setRating(stars)} className="sr-only" data-testid={`review-rating-${stars}`} />
            <span aria-hidden="true">★</span>
            <span className="sr-only">{stars} {stars === 1 ? 'star' : 'stars'}</span>
          </label>
        ))}
      </fieldset>
      {errors.fields.rating && <p className={styles.fieldError} role="alert">{errors.fields.rating}</p>}
      <TextField name="title" label="Title" maxLength={120} defaultValue={existing?.title ?? ''} error={errors.fields.title} placeholder="Sums it up in a line" />
      <label className={styles.textareaField}>
        <span>Review</span>
        <textarea name="body" rows={4} maxLength={5000} defaultValue={existing?.body ?? ''} className={styles.textarea} data-testid="review-body" placeholder="What did you use it for? How well did it work?" />
      </label>
      {errors.fields.body && <p className={styles.fieldError} role="alert">{errors.fields.body}</p>}
      <Button type="submit" loading={pending} data-testid="review-submit">{existing ? 'Update review' : 'Post review'}</Button>
    </form>
  );
}
