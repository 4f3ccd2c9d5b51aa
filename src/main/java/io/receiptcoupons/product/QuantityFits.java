package io.receiptcoupons.product;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A line's quantity suits its unit: whole units 1-9,999, or a measure up to 1,000 l or kg. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = QuantityFits.Check.class)
public @interface QuantityFits {

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Reports on the quantity field itself, so the till is told which field is wrong. */
  final class Check implements ConstraintValidator<QuantityFits, LineItem> {
    @Override
    public boolean isValid(LineItem item, ConstraintValidatorContext context) {
      String problem = item == null ? null : item.quantityProblem();
      if (problem == null) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(problem)
          .addPropertyNode("quantity")
          .addConstraintViolation();
      return false;
    }
  }
}
